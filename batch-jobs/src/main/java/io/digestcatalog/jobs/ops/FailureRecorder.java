package io.digestcatalog.jobs.ops;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import io.digestcatalog.jobs.ingest.IngestSummary;

/**
 * Keeps the root cause of a failure in one line with the execution, for {@code jobs show}
 * in any process: the job repository stores only a cut stack trace, whose root cause is
 * often cut off.
 */
public class FailureRecorder implements JobExecutionListener {

	/** Context key (job and step): the failure's root cause, one line. */
	public static final String CAUSE = "digestcat.failure.cause";

	private final JobRepository jobRepository;

	public FailureRecorder(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public void afterJob(JobExecution execution) {
		String first = null;
		for (StepExecution step : execution.getStepExecutions()) {
			if (!step.getFailureExceptions().isEmpty()) {
				String cause = oneLine(IngestSummary.rootMessage(step.getFailureExceptions().get(0)));
				step.getExecutionContext().putString(CAUSE, cause);
				this.jobRepository.updateExecutionContext(step);
				first = (first != null) ? first : cause;
			}
		}
		if (first == null && !execution.getFailureExceptions().isEmpty()) {
			first = oneLine(IngestSummary.rootMessage(execution.getFailureExceptions().get(0)));
		}
		if (first != null) {
			execution.getExecutionContext().putString(CAUSE, first);
			this.jobRepository.updateExecutionContext(execution);
		}
	}

	static String oneLine(String message) {
		String line = message.lines().findFirst().orElse(message).strip();
		return (line.length() > 500) ? line.substring(0, 500) + "…" : line;
	}

}
