package io.digestcatalog.eval.dedupe;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.digestcatalog.core.dedupe.er.EntityResolver;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.dedupe.er.ResolverIndex;
import io.digestcatalog.core.dedupe.er.Resolution;

/**
 * Runs the benchmarks and returns their rows: DBLP-ACM and Cora (real, labelled), and
 * synthetic sets of any size. Peak heap is the sum of the heap pools' peaks since a reset
 * just before the resolution, so it includes garbage not yet collected: an upper bound of
 * what the resolution needs.
 */
public final class Evaluation {

	private Evaluation() {
	}

	public static EvaluationRow dblpAcm(Path corpus) {
		Measured<DblpAcmBenchmark.Result> run = measure(() -> DblpAcmBenchmark.run(corpus.resolve("dedupe/dblp-acm")));
		DblpAcmBenchmark.Result result = run.value();
		return new EvaluationRow("DBLP-ACM (cross pairs)", result.records(), result.accuracy(), null,
				result.resolution().stats().candidatePairsPerRecord(), result.seconds(), run.peakMegabytes());
	}

	public static EvaluationRow cora(Path corpus) {
		Measured<CoraBenchmark.Result> run = measure(() -> CoraBenchmark.run(corpus.resolve("dedupe/cora")));
		CoraBenchmark.Result result = run.value();
		return new EvaluationRow("Cora (closure)", result.records(), result.pairwise(), result.bCubed(),
				result.resolution().stats().candidatePairsPerRecord(), result.seconds(), run.peakMegabytes());
	}

	/** Generates {@code size} synthetic records from the corpus and resolves them. */
	public static EvaluationRow synthetic(Path corpus, int size, long seed) {
		SyntheticCorpus data = SyntheticCorpus.generate(RealBibliography.load(corpus), size, seed);
		long start = System.nanoTime();
		Measured<Resolution> run = measure(() -> new EntityResolver().resolve(data.records()));
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, String> predicted = run.value().clusterIdByRecord();
		return new EvaluationRow("synthetic " + size, size, ClusterMetrics.pairwise(predicted, data.truth()),
				ClusterMetrics.bCubed(predicted, data.truth()), run.value().stats().candidatePairsPerRecord(), seconds,
				run.peakMegabytes());
	}

	/**
	 * A nightly run: {@code size} synthetic records of which the last {@code fresh} are
	 * new; the others' resolution is restored (their blocking keys recomputed, no pair
	 * compared again) and only the new ones are blocked and compared. The row counts the
	 * new records; {@link Nightly#sameAsFull} says whether the clusters equal a full
	 * resolution of all records.
	 */
	public static Nightly nightly(Path corpus, int size, int fresh, long seed) {
		SyntheticCorpus data = SyntheticCorpus.generate(RealBibliography.load(corpus), size, seed);
		List<ResolutionRecord> old = data.records().subList(0, size - fresh);
		List<ResolutionRecord> added = data.records().subList(size - fresh, size);
		EntityResolver resolver = new EntityResolver();
		Resolution previous = resolver.resolve(old);
		long start = System.nanoTime();
		long[] restoreNanos = new long[1];
		Measured<Resolution> run = measure(() -> {
			ResolverIndex index = resolver.restore(old, previous);
			restoreNanos[0] = System.nanoTime() - start;
			index.add(added);
			return index.resolution();
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		long pairs = run.value().stats().candidatePairs() - previous.stats().candidatePairs();
		Map<String, String> predicted = run.value().clusterIdByRecord();
		boolean same = resolver.resolve(data.records()).clusters().equals(run.value().clusters());
		EvaluationRow row = new EvaluationRow("nightly +" + fresh + " of " + size, fresh,
				ClusterMetrics.pairwise(predicted, data.truth()), ClusterMetrics.bCubed(predicted, data.truth()),
				(double) pairs / fresh, seconds, run.peakMegabytes());
		return new Nightly(row, restoreNanos[0] / 1e9, same);
	}

	/**
	 * A nightly run measured.
	 *
	 * @param row the figures (records: the new ones; seconds: restore and add)
	 * @param restoreSeconds of which restoring the earlier resolution took this long
	 * @param sameAsFull whether the clusters equal a full resolution's
	 */
	public record Nightly(EvaluationRow row, double restoreSeconds, boolean sameAsFull) {

	}

	private record Measured<T>(T value, long peakMegabytes) {
	}

	private static <T> Measured<T> measure(Supplier<T> work) {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		T value = work.get();
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		return new Measured<>(value, peak / (1024 * 1024));
	}

}
