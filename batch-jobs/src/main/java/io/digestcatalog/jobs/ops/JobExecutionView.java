package io.digestcatalog.jobs.ops;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import io.digestcatalog.jobs.ingest.IngestSummary;

/**
 * A job execution as operators see it in {@code jobs list} and {@code jobs show}.
 *
 * @param executionId execution id, what {@code jobs restart} takes
 * @param instanceId the job instance (one instance, many executions when restarted)
 * @param jobName the job
 * @param status batch status
 * @param exitCode exit code
 * @param started start time, or {@code null}
 * @param ended end time, or {@code null}
 * @param parameters the job parameters
 * @param steps its step executions
 * @param failures failure messages
 */
public record JobExecutionView(long executionId, long instanceId, String jobName, String status, String exitCode,
		LocalDateTime started, LocalDateTime ended, Map<String, String> parameters, List<StepView> steps,
		List<String> failures) {

	/**
	 * A step execution with the counts that tell what it did.
	 *
	 * @param name step name
	 * @param status batch status
	 * @param read items read
	 * @param written items written
	 * @param skipped items skipped (quarantined)
	 * @param commits transactions committed
	 * @param rollbacks transactions rolled back
	 */
	public record StepView(String name, String status, long read, long written, long skipped, long commits,
			long rollbacks) {

	}

	public static JobExecutionView of(JobExecution e) {
		Map<String, String> params = new LinkedHashMap<>();
		e.getJobParameters().parameters().forEach(p -> params.put(p.name(), String.valueOf(p.value())));
		List<StepView> steps = new ArrayList<>();
		for (StepExecution s : e.getStepExecutions()) {
			steps.add(new StepView(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
					s.getSkipCount(), s.getCommitCount(), s.getRollbackCount()));
		}
		List<String> failures = e.getAllFailureExceptions().stream().map(IngestSummary::rootMessage).toList();
		String exitDescription = e.getExitStatus().getExitDescription();
		if (failures.isEmpty() && exitDescription != null && !exitDescription.isBlank()) {
			failures = List.of(exitDescription.lines().findFirst().orElse(exitDescription));
		}
		return new JobExecutionView(e.getId(), e.getJobInstanceId(), e.getJobInstance().getJobName(),
				e.getStatus().name(), e.getExitStatus().getExitCode(), e.getStartTime(), e.getEndTime(), params, steps,
				failures);
	}

}
