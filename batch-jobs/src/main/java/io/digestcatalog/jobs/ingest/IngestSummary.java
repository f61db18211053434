package io.digestcatalog.jobs.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.digestcatalog.jobs.artifact.ArtifactStepsConfiguration;

/**
 * What an ingest run did, totalled over every execution of its instance (a restarted run
 * reports what a clean run would).
 *
 * @param executionId the job execution
 * @param status its batch status
 * @param sourcesRead digests read
 * @param sourcesUnchanged digests passed over because the same bytes were loaded before
 * @param entriesRead entries read
 * @param papersNew papers created
 * @param papersUpdated existing papers seen again
 * @param unchanged entries already in the catalog
 * @param links links added
 * @param merges papers merged into others
 * @param quarantined entries sent to quarantine
 * @param artifacts what became of the papers' artifacts in this run
 * @param artifacts what became of the papers' artifacts in this run
 * @param formats entries read per format
 * @param quarantineSamples the first quarantined entries with their reasons
 * @param failures failure messages, empty on success
 */
public record IngestSummary(long executionId, String status, long sourcesRead, long sourcesUnchanged, long entriesRead,
		long papersNew, long papersUpdated, long unchanged, long links, long merges, long quarantined,
		Artifacts artifacts, List<FormatCount> formats, List<String> quarantineSamples, List<String> failures) {

	/**
	 * What became of papers' artifacts in a run.
	 *
	 * @param fetched fetched and stored (or unchanged since the last run)
	 * @param failed failed, each with its reason in the catalog
	 * @param leftPending left for the next run (their host did not answer)
	 * @param applied PDFs whose metadata enriched their papers
	 */
	public record Artifacts(long fetched, long failed, long leftPending, long applied) {

		static Artifacts of(JobExecution execution) {
			long fetched = 0;
			long failed = 0;
			long pending = 0;
			long applied = 0;
			for (StepExecution step : execution.getStepExecutions()) {
				String name = step.getStepName();
				if (name.startsWith(ArtifactStepsConfiguration.FETCH_WORKER_STEP + ":")) {
					fetched += step.getExecutionContext().getLong("artifacts.fetched", 0);
					failed += step.getExecutionContext().getLong("artifacts.failed", 0);
					pending += step.getFilterCount();
				}
				else if (name.equals(ArtifactStepsConfiguration.APPLY_STEP)) {
					applied += step.getWriteCount();
				}
			}
			return new Artifacts(fetched, failed, pending, applied);
		}

	}

	/**
	 * Entries of one format.
	 *
	 * @param format the format's name ({@code unknown} for sources that are no digest)
	 * @param entries entries read
	 * @param rejected entries the parser rejected (quarantined)
	 */
	public record FormatCount(String format, long entries, long rejected) {

	}

	public static IngestSummary of(JobExecution execution) {
		ExecutionContext ctx = new ExecutionContext();
		long quarantined = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (IngestJobConfiguration.READ_STEP.equals(step.getStepName())) {
				ctx = step.getExecutionContext();
			}
		}
		long read = ctx.getLong(DigestReading.READ, 0);
		long written = ctx.getLong(CatalogItemWriter.NEW, 0) + ctx.getLong(CatalogItemWriter.UPDATED, 0)
				+ ctx.getLong(CatalogItemWriter.UNCHANGED, 0);
		quarantined = Math.max(0, read - written);
		List<String> failures = new ArrayList<>();
		for (Throwable t : execution.getAllFailureExceptions()) {
			failures.add(rootMessage(t));
		}
		return new IngestSummary(execution.getId(), execution.getStatus().name(),
				ctx.getLong(DigestReading.SOURCES_READ, 0), ctx.getLong(DigestReading.SOURCES_UNCHANGED, 0), read,
				ctx.getLong(CatalogItemWriter.NEW, 0), ctx.getLong(CatalogItemWriter.UPDATED, 0),
				ctx.getLong(CatalogItemWriter.UNCHANGED, 0), ctx.getLong(CatalogItemWriter.LINKS, 0),
				ctx.getLong(CatalogItemWriter.MERGES, 0) + resolved(execution), quarantined, Artifacts.of(execution),
				FormatTally.of(ctx), ctx.getString(QuarantineSkipListener.SAMPLES, "").lines().toList(),
				List.copyOf(failures));
	}

	/** The innermost message of a failure: what an operator can act on. */
	public static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return (root == t) ? message : t.getMessage() + " (" + message + ")";
	}

	/** Papers merged by the resolve step (entity resolution) in this execution. */
	private static long resolved(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(io.digestcatalog.jobs.resolve.ResolveStepConfiguration.RESOLVE_STEP))
			.mapToLong(StepExecution::getWriteCount)
			.sum();
	}

}
