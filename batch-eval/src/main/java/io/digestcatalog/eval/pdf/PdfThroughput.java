package io.digestcatalog.eval.pdf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;

import io.digestcatalog.core.artifact.pdf.PdfMetadataExtractor;

/**
 * The production extractor's speed as a share of raw PDFBox page-1 text over the same
 * files, measured in the same run: both are warmed up, then timed round by round in turn
 * on the same threads, so a busy machine slows both alike and the ratio stays meaningful
 * where the absolute figures do not.
 */
public final class PdfThroughput {

	/** The time limit the artifact step gives one document. */
	private static final Duration TIME_LIMIT = Duration.ofSeconds(30);

	/** Rounds of each before timing: the JIT compiles both paths. */
	private static final int WARM_UP_ROUNDS = 2;

	private PdfThroughput() {
	}

	/**
	 * One measurement.
	 *
	 * @param documents PDFs in one round
	 * @param extractorMillis wall time of the extractor's timed rounds
	 * @param extractorPerSecond PDFs per second through the full extractor
	 * @param rawPerSecond PDFs per second through raw PDFBox page-1 text
	 * @param ratio {@code extractorPerSecond / rawPerSecond}
	 */
	public record Result(int documents, long extractorMillis, double extractorPerSecond, double rawPerSecond,
			double ratio) {

	}

	/**
	 * Times the extractor (as the artifact step uses it) and raw PDFBox on the same PDFs:
	 * warm-up rounds of each, then {@code rounds} timed rounds of each in turn.
	 * @param pdfs the PDFs
	 * @param threads threads reading them at once
	 * @param rounds timed rounds
	 * @return the figures
	 */
	public static Result measure(List<Path> pdfs, int threads, int rounds) {
		if (pdfs.isEmpty() || threads < 1 || rounds < 1) {
			throw new IllegalArgumentException("PDFs, threads >= 1 and rounds >= 1 are needed");
		}
		PdfMetadataExtractor extractor = new PdfMetadataExtractor(TIME_LIMIT);
		ToIntFunction<Path> full = p -> extractor.read(p).extracted().isPresent() ? 1 : 0;
		ToIntFunction<Path> raw = ThroughputBenchmark::rawPageOne;
		ThroughputBenchmark bench = new ThroughputBenchmark(pdfs, threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int w = 0; w < WARM_UP_ROUNDS; w++) {
				bench.timeOnPool(full, pool);
				bench.timeOnPool(raw, pool);
			}
			long fullNanos = 0;
			long rawNanos = 0;
			for (int r = 0; r < rounds; r++) {
				fullNanos += bench.timeOnPool(full, pool);
				rawNanos += bench.timeOnPool(raw, pool);
			}
			double documents = (double) pdfs.size() * rounds;
			double fullRate = documents / (fullNanos / 1e9);
			double rawRate = documents / (rawNanos / 1e9);
			return new Result(pdfs.size(), fullNanos / 1_000_000, fullRate, rawRate, fullRate / rawRate);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Arguments: {@code [CORPUS_DIR] [--threads N] [--rounds N]}. */
	public static void main(String[] args) {
		Path corpus = PdfEvaluation.DEFAULT_CORPUS;
		int threads = 1;
		int rounds = 5;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--threads" -> threads = Integer.parseInt(args[++i]);
				case "--rounds" -> rounds = Integer.parseInt(args[++i]);
				default -> corpus = Path.of(args[i]);
			}
		}
		Result r = measure(PdfEvaluation.pdfs(corpus), threads, rounds);
		System.out.printf(java.util.Locale.ROOT,
				"%d PDFs, %d threads, %d rounds: extractor %.1f PDFs/s (%d ms), raw PDFBox page 1 %.1f PDFs/s, ratio %.2f%n",
				r.documents(), threads, rounds, r.extractorPerSecond(), r.extractorMillis(), r.rawPerSecond(),
				r.ratio());
	}

}
