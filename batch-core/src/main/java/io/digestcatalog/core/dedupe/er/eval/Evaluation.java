package io.digestcatalog.core.dedupe.er.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.digestcatalog.core.dedupe.er.EntityResolver;
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
