package io.digestcatalog.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

import io.digestcatalog.jobs.metrics.CatalogMetrics;

/**
 * What a run's report needs that the job repository does not keep, gathered while the run
 * goes in this process: quarantine reasons with examples, fetch times per host, and
 * entries read over time. Kept per job execution until its report is written.
 */
public class RunRecorder {

	private static final int EXAMPLES = 3;

	private final Map<Long, Run> runs = new ConcurrentHashMap<>();

	/** One run's record. */
	public static final class Run {

		final Map<String, long[]> reasons = new ConcurrentHashMap<>();

		final Map<String, List<String>> examples = new ConcurrentHashMap<>();

		/** host to {count, total millis, max millis, failures} */
		final Map<String, long[]> hosts = new ConcurrentHashMap<>();

		/** {millis since the step began, entries read} */
		final List<long[]> throughput = new ArrayList<>();

	}

	public void quarantined(String reason, String example) {
		Run run = current();
		if (run == null) {
			return;
		}
		String reasonClass = CatalogMetrics.reasonClass(reason);
		run.reasons.computeIfAbsent(reasonClass, r -> new long[1])[0]++;
		List<String> examples = run.examples.computeIfAbsent(reasonClass, r -> new ArrayList<>());
		synchronized (examples) {
			if (examples.size() < EXAMPLES) {
				examples.add(example);
			}
		}
	}

	public void fetched(String host, long millis, boolean failed) {
		Run run = current();
		if (run == null) {
			return;
		}
		long[] h = run.hosts.computeIfAbsent(host, k -> new long[4]);
		synchronized (h) {
			h[0]++;
			h[1] += millis;
			h[2] = Math.max(h[2], millis);
			h[3] += failed ? 1 : 0;
		}
	}

	public void progress(long sinceStartMillis, long read) {
		Run run = current();
		if (run != null) {
			synchronized (run.throughput) {
				run.throughput.add(new long[] { sinceStartMillis, read });
			}
		}
	}

	/** The record of an execution, taken out (empty when this process gathered none). */
	public Run takeOut(long executionId) {
		Run run = this.runs.remove(executionId);
		return (run != null) ? run : new Run();
	}

	private Run current() {
		StepContext step = StepSynchronizationManager.getContext();
		if (step == null) {
			return null;
		}
		return this.runs.computeIfAbsent(step.getStepExecution().getJobExecutionId(), id -> new Run());
	}

}
