package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import io.digestcatalog.jobs.ingest.IngestJobParameters;
import io.digestcatalog.jobs.ops.ExclusiveRuns;
import io.digestcatalog.jobs.rebuild.RebuildSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code digestcat rebuild}: reads every recorded digest again into a new catalog
 * generation and makes it current.
 */
@Component
@Command(name = "rebuild", mixinStandardHelpOptions = true,
		description = {
				"Reads every digest the catalog recorded again into a new catalog generation, then makes it "
						+ "current in one step (readers never see a half-built catalog).",
				"Files are read again, URLs refreshed with a conditional GET; a digest whose source is gone is kept "
						+ "as the catalog had it. Corrections are kept. A failed rebuild leaves the current "
						+ "generation as it was and restarts with: digestcat jobs restart <id>." })
class RebuildCommand implements Callable<Integer> {

	@Option(names = "--no-artifacts", negatable = false,
			description = "Fetch no PDFs for papers new to this generation (stored ones are applied again).")
	boolean noArtifacts;

	@Option(names = "--refetch",
			description = "Fetch every paper's artifacts again (conditional requests spare unchanged files).")
	boolean refetch;

	@Option(names = "--json", description = "Print the summary as JSON.")
	boolean json;

	@Spec
	CommandSpec spec;

	private final JobOperator jobOperator;

	private final Job rebuildJob;

	private final ExclusiveRuns runs;

	RebuildCommand(JobOperator jobOperator, Job rebuildJob, ExclusiveRuns runs) {
		this.jobOperator = jobOperator;
		this.rebuildJob = rebuildJob;
		this.runs = runs;
	}

	@Override
	public Integer call() {
		return this.runs.run("digestcat rebuild", () -> {
			JobParametersBuilder params = new JobParametersBuilder().addLong(IngestJobParameters.RUN_ID,
					System.currentTimeMillis());
			if (this.noArtifacts) {
				params.addString(IngestJobParameters.ARTIFACTS, "false");
			}
			if (this.refetch) {
				params.addString(IngestJobParameters.REFETCH, "true");
			}
			try {
				return report(this.jobOperator.start(this.rebuildJob, params.toJobParameters()));
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
		});
	}

	/** Prints a rebuild's summary; the exit code says how it ended. */
	int report(JobExecution execution) {
		RebuildSummary summary = RebuildSummary.of(execution);
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.json) {
			Output.json(out, summary);
		}
		else {
			RebuildPrinter.print(out, summary);
		}
		return JobOutcome.report(this.spec.commandLine().getErr(), execution, "rebuild", summary.failures());
	}

}
