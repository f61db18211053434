package io.digestcatalog.eval.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import io.digestcatalog.core.artifact.pdf.PdfMetadataExtractor;
import io.digestcatalog.core.artifact.pdf.PdfReadResult;

/**
 * Measures {@link PdfMetadataExtractor} on a corpus of PDFs with ground truth: accuracy
 * (titles, authors, arXiv ids, abstracts, DOIs), PDFs per second on one and on N threads
 * beside raw PDFBox page-1 text, and peak heap. {@code main} prints the figures; the CLI
 * exposes the same as {@code digestcat eval pdf DIR}.
 */
public final class PdfEvaluation {

	/** The shared corpus, when no folder is given. */
	public static final Path DEFAULT_CORPUS = Path.of("/work/shared/corpus");

	private PdfEvaluation() {
	}

	/**
	 * How to measure.
	 *
	 * @param warmupRounds rounds over every PDF before timing (JIT, caches)
	 * @param rounds timed rounds over every PDF
	 * @param threads threads for the multi-threaded measurement
	 * @param timeLimit the extractor's per-document time limit
	 */
	public record Settings(int warmupRounds, int rounds, int threads, Duration timeLimit) {

		public Settings {
			if (warmupRounds < 0 || rounds < 1 || threads < 1) {
				throw new IllegalArgumentException("warm-up >= 0, rounds >= 1, threads >= 1");
			}
		}

		/** 5 warm-up rounds, 5 timed rounds, one thread per processor, 30 s per PDF. */
		public static Settings defaults() {
			return new Settings(5, 5, Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(30));
		}

	}

	/** Arguments: {@code [CORPUS_DIR] [--warmup N] [--rounds N] [--threads N]}. */
	public static void main(String[] args) {
		Path corpus = DEFAULT_CORPUS;
		Settings d = Settings.defaults();
		int warmup = d.warmupRounds();
		int rounds = d.rounds();
		int threads = d.threads();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--warmup" -> warmup = Integer.parseInt(args[++i]);
				case "--rounds" -> rounds = Integer.parseInt(args[++i]);
				case "--threads" -> threads = Integer.parseInt(args[++i]);
				default -> corpus = Path.of(args[i]);
			}
		}
		run(corpus, new Settings(warmup, rounds, threads, d.timeLimit())).report().forEach(System.out::println);
	}

	public static PdfEvaluationResult run(Path corpus, Settings settings) {
		List<Path> pdfs = pdfs(corpus);
		if (pdfs.isEmpty()) {
			throw new IllegalArgumentException("no PDFs under " + corpus);
		}
		Map<Path, GroundTruth> truths = CorpusGroundTruth.load(corpus, pdfs);
		PdfMetadataExtractor extractor = new PdfMetadataExtractor(settings.timeLimit());
		Map<Path, PdfReadResult> results = new LinkedHashMap<>();
		pdfs.forEach(p -> results.put(p, extractor.read(p)));
		List<String> failures = results.entrySet()
			.stream()
			.filter(e -> e.getValue().failure().isPresent())
			.map(e -> e.getKey().getFileName() + ": " + e.getValue().failure().get())
			.toList();
		ThroughputBenchmark bench = new ThroughputBenchmark(pdfs, settings.threads());
		ToIntFunction<Path> full = p -> extractor.read(p).extracted().isPresent() ? 1 : 0;
		bench.warmUp(full, settings.warmupRounds());
		bench.warmUp(ThroughputBenchmark::rawPageOne, settings.warmupRounds());
		Throughput[] speeds = bench.measure(full, ThroughputBenchmark::rawPageOne, settings.rounds());
		HeapUse heapUse = bench.heapOnPool(full);
		return new PdfEvaluationResult(corpus, pdfs.size(), failures, truths.size(), Accuracy.check(results, truths),
				speeds[0], speeds[1], heapUse, settings);
	}

	/** Every PDF under the corpus folder, sorted. */
	static List<Path> pdfs(Path corpus) {
		try (Stream<Path> files = Files.walk(corpus)) {
			return files.filter(Files::isRegularFile)
				.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + corpus, ex);
		}
	}

}
