package io.digestcatalog.cli.daemon;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

import io.digestcatalog.core.digest.InputFilter;
import io.digestcatalog.core.digest.RemoteDigestFetcher;
import io.digestcatalog.jobs.ingest.IngestJobParameters;

/** Starts the job of a schedule entry, as the matching command would. */
class DaemonJobs {

	private final JobOperator jobOperator;

	private final Job ingestJob;

	private final Job rebuildJob;

	DaemonJobs(JobOperator jobOperator, Job ingestJob, Job rebuildJob) {
		this.jobOperator = jobOperator;
		this.ingestJob = ingestJob;
		this.rebuildJob = rebuildJob;
	}

	JobExecution launch(DaemonProperties.Schedule schedule) {
		long runId = System.currentTimeMillis();
		try {
			if ("rebuild".equals(schedule.job())) {
				JobParametersBuilder params = new JobParametersBuilder().addLong(IngestJobParameters.RUN_ID, runId);
				if (!schedule.artifacts()) {
					params.addString(IngestJobParameters.ARTIFACTS, "false");
				}
				return this.jobOperator.start(this.rebuildJob, params.toJobParameters());
			}
			JobParameters params = IngestJobParameters.of(absolute(schedule.sources()),
					new InputFilter(schedule.include(), schedule.exclude()), null, null, runId, schedule.artifacts(),
					false);
			return this.jobOperator.start(this.ingestJob, params);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private static List<String> absolute(List<String> sources) {
		return sources.stream()
			.map(s -> RemoteDigestFetcher.isUrl(s) ? s : Path.of(s).toAbsolutePath().normalize().toString())
			.toList();
	}

}
