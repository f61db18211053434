package io.digestcatalog.jobs.rebuild;

import java.time.Duration;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.digestcatalog.jobs.ingest.IngestJobConfiguration;
import io.digestcatalog.jobs.ingest.IngestSummary;

/**
 * What a rebuild did.
 *
 * @param executionId the job execution
 * @param status its batch status
 * @param generation the generation it built, or {@code null} before it began one
 * @param basedOn the generation it read
 * @param current whether its generation is now current
 * @param loaded what reading the digests again loaded (as an ingest summary)
 * @param kept digests kept from the base generation because their bytes are gone
 * @param keptSamples the first of them, with the reason
 * @param swapMillis how long making it current took
 * @param dropped generations dropped beyond the number kept
 * @param seconds wall time of this execution
 * @param failures failure messages, empty on success
 */
public record RebuildSummary(long executionId, String status, Integer generation, Integer basedOn, boolean current,
		IngestSummary loaded, long kept, List<String> keptSamples, double swapMillis, String dropped, double seconds,
		List<String> failures) {

	public static RebuildSummary of(JobExecution execution) {
		RebuildContext rebuild = RebuildContext.of(execution);
		ExecutionContext read = context(execution, IngestJobConfiguration.READ_STEP);
		ExecutionContext swap = context(execution, RebuildJobConfiguration.SWAP_STEP);
		IngestSummary loaded = IngestSummary.of(execution);
		Duration took = (execution.getStartTime() != null && execution.getEndTime() != null)
				? Duration.between(execution.getStartTime(), execution.getEndTime()) : Duration.ZERO;
		boolean swapped = swap.containsKey(SwapGenerationTasklet.DROPPED);
		List<String> failures = loaded.failures();
		if (failures.isEmpty() && execution.getExitStatus().getExitDescription() != null
				&& "ABANDONED".equals(execution.getExitStatus().getExitCode())) {
			failures = List.of(execution.getExitStatus().getExitDescription());
		}
		return new RebuildSummary(execution.getId(), execution.getStatus().name(),
				(rebuild != null) ? rebuild.target() : null, (rebuild != null) ? rebuild.base() : null, swapped, loaded,
				read.getLong(RebuildItemReader.KEPT, 0),
				read.getString(RebuildItemReader.KEPT_SAMPLES, "").lines().toList(),
				swap.getLong(SwapGenerationTasklet.SWAP_MICROS, 0) / 1000.0,
				swap.getString(SwapGenerationTasklet.DROPPED, ""), took.toMillis() / 1000.0, failures);
	}

	/**
	 * The latest context of a step: a restarted execution carries the steps the failed
	 * one completed only in that one.
	 */
	private static ExecutionContext context(JobExecution execution, String stepName) {
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().equals(stepName)) {
				return step.getExecutionContext();
			}
		}
		return new ExecutionContext();
	}

}
