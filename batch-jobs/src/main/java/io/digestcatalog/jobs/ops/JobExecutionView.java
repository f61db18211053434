package io.digestcatalog.jobs.ops;

import java.time.Duration;
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
 * @param seconds how long it ran (so far)
 * @param parameters the job parameters
 * @param steps its step executions
 * @param failures failure messages, one line each
 * @param cause the root cause of its failure, one line, or {@code null}
 * @param runningIn the live process running it ({@code pid 4242 on host}), or
 * {@code null}
 * @param next the command an operator runs next, or {@code null} when there is none
 */
public record JobExecutionView(long executionId, long instanceId, String jobName, String status, String exitCode,
		LocalDateTime started, LocalDateTime ended, double seconds, Map<String, String> parameters,
		List<StepView> steps, List<String> failures, String cause, String runningIn, String next) {

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
	 * @param seconds how long it ran (so far)
	 * @param exitCode its exit code
	 * @param exitDescription the first line of its exit description, or {@code null}
	 * @param failedItem the item it failed on (source and position), or {@code null}
	 * @param cause the root cause of its failure, one line, or {@code null}
	 */
	public record StepView(String name, String status, long read, long written, long skipped, long commits,
			long rollbacks, double seconds, String exitCode, String exitDescription, String failedItem, String cause) {

		static StepView of(StepExecution s) {
			var context = s.getExecutionContext();
			return new StepView(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
					s.getSkipCount(), s.getCommitCount(), s.getRollbackCount(),
					JobExecutionView.seconds(s.getStartTime(), s.getEndTime()), s.getExitStatus().getExitCode(),
					firstLine(s.getExitStatus().getExitDescription()), context.getString("digestcat.failed.item", null),
					context.getString(FailureRecorder.CAUSE, null));
		}

	}

	/** The execution as it stands, without what only the operations layer knows. */
	public static JobExecutionView of(JobExecution e) {
		return of(e, null, null);
	}

	static JobExecutionView of(JobExecution e, String runningIn, String next) {
		Map<String, String> params = new LinkedHashMap<>();
		e.getJobParameters().parameters().forEach(p -> params.put(p.name(), String.valueOf(p.value())));
		List<StepView> steps = new ArrayList<>();
		for (StepExecution s : e.getStepExecutions()) {
			steps.add(StepView.of(s));
		}
		List<String> failures = e.getAllFailureExceptions()
			.stream()
			.map(IngestSummary::rootMessage)
			.map(FailureRecorder::oneLine)
			.toList();
		String cause = e.getExecutionContext().getString(FailureRecorder.CAUSE, null);
		if (cause == null) {
			cause = steps.stream().map(StepView::cause).filter(c -> c != null).findFirst().orElse(null);
		}
		if (failures.isEmpty() && cause != null) {
			failures = List.of(cause);
		}
		String exitDescription = firstLine(e.getExitStatus().getExitDescription());
		if (failures.isEmpty() && exitDescription != null) {
			failures = List.of(exitDescription);
		}
		return new JobExecutionView(e.getId(), e.getJobInstanceId(), e.getJobInstance().getJobName(),
				e.getStatus().name(), e.getExitStatus().getExitCode(), e.getStartTime(), e.getEndTime(),
				seconds(e.getStartTime(), e.getEndTime()), params, steps, failures, cause, runningIn, next);
	}

	private static double seconds(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return 0;
		}
		return Duration.between(start, (end != null) ? end : LocalDateTime.now()).toMillis() / 1000.0;
	}

	private static String firstLine(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return FailureRecorder.oneLine(text);
	}

}
