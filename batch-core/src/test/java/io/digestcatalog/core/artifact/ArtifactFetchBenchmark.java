package io.digestcatalog.core.artifact;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Prints how fast the fetcher moves the 30 corpus PDFs over loopback from several threads
 * (hashing, writing, fsync and atomic moves included) and the peak heap it took: bodies
 * stream to disk, so the heap should not grow with their size. Run from batch-core after
 * {@code mvn test-compile}:
 * {@code java -Xmx32m -Ddigestcat.shared=../../shared -cp target/classes:target/test-classes
 * io.digestcatalog.core.artifact.ArtifactFetchBenchmark [rounds] [threads]}.
 */
public final class ArtifactFetchBenchmark {

	private ArtifactFetchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 10;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 4;
		List<Path> pdfs;
		try (Stream<Path> files = Files.list(TestFetchers.corpus().resolve("pdfs/science-parse"))) {
			pdfs = Stream.concat(files.filter(f -> f.toString().endsWith(".pdf")), Stream.of(TestFetchers.arxivPdf()))
				.sorted()
				.toList();
		}
		Path root = Files.createTempDirectory("artifact-bench");
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try (TestServer server = new TestServer()) {
			for (Path pdf : pdfs) {
				// streamed from disk in small writes, so that the server's heap stays out
				// of the figure
				server.route("/" + pdf.getFileName(), (exchange, n) -> {
					exchange.getResponseHeaders().set("Content-Type", "application/pdf");
					exchange.sendResponseHeaders(200, Files.size(pdf));
					try (OutputStream out = exchange.getResponseBody()) {
						Files.copy(pdf, out);
					}
				});
			}
			FetchPolicy policy = TestFetchers.policyFor(server).withPerHost(threads, Duration.ZERO);
			resetPeaks();
			long started = System.nanoTime();
			long bytes = 0;
			int failures = 0;
			try (ArtifactFetcher fetcher = new ArtifactFetcher(policy, new ContentStore(root))) {
				List<Future<FetchResult>> results = new ArrayList<>();
				for (int round = 0; round < rounds; round++) {
					for (Path pdf : pdfs) {
						results.add(pool
							.submit(() -> fetcher.fetch(FetchRequest.pdf(server.url("/" + pdf.getFileName())))));
					}
				}
				for (Future<FetchResult> result : results) {
					FetchResult r = result.get();
					bytes += r.size();
					failures += r.succeeded() ? 0 : 1;
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf(
					"fetched %d PDFs (%d distinct), %.1f MB in %.2f s with %d threads: %.1f MB/s, %.0f fetches/s,"
							+ " %d failures; peak heap %.1f MB (max heap %.0f MB)%n",
					rounds * pdfs.size(), pdfs.size(), bytes / 1e6, seconds, threads, bytes / 1e6 / seconds,
					rounds * pdfs.size() / seconds, failures, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
		}
		finally {
			pool.shutdownNow();
			try (Stream<Path> files = Files.walk(root)) {
				files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
	}

}
