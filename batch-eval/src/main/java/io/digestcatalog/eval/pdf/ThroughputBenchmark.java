package io.digestcatalog.eval.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Times the full extractor beside raw PDFBox (load, then a plain {@link PDFTextStripper}
 * on page 1, with the same stream cache) over the same files in the same run: the
 * difference is what the heuristics cost on top of the library.
 */
final class ThroughputBenchmark {

	/** Keeps the work observable, so no run is optimized away. */
	private static volatile long sink;

	private final List<Path> pdfs;

	private final int threads;

	ThroughputBenchmark(List<Path> pdfs, int threads) {
		this.pdfs = List.copyOf(pdfs);
		this.threads = threads;
	}

	static int rawPageOne(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			return stripper.getText(document).length();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	void warmUp(ToIntFunction<Path> work, int rounds) {
		for (int r = 0; r < rounds; r++) {
			this.pdfs.forEach(p -> sink += work.applyAsInt(p));
		}
	}

	/**
	 * Times two workloads round by round in turn, so neither profits from running after
	 * the other (a warmer JIT, a fuller page cache): {@code [first, second]}.
	 */
	Throughput[] measure(ToIntFunction<Path> first, ToIntFunction<Path> second, int rounds) {
		long[] single = new long[2];
		long[] multi = new long[2];
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		try {
			for (int r = 0; r < rounds; r++) {
				single[0] += timeOnOneThread(first);
				single[1] += timeOnOneThread(second);
				multi[0] += timeOnPool(first, pool);
				multi[1] += timeOnPool(second, pool);
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new Throughput[] {
				new Throughput(perSecond(rounds, single[0]), this.threads, perSecond(rounds, multi[0])),
				new Throughput(perSecond(rounds, single[1]), this.threads, perSecond(rounds, multi[1])) };
	}

	private long timeOnOneThread(ToIntFunction<Path> work) {
		long start = System.nanoTime();
		this.pdfs.forEach(p -> sink += work.applyAsInt(p));
		return System.nanoTime() - start;
	}

	long timeOnPool(ToIntFunction<Path> work, ExecutorService pool) {
		long start = System.nanoTime();
		List<Future<Integer>> done = new ArrayList<>();
		this.pdfs.forEach(p -> done.add(pool.submit(() -> work.applyAsInt(p))));
		try {
			for (Future<Integer> f : done) {
				sink += f.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while measuring", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("a measured run failed", ex.getCause());
		}
		return System.nanoTime() - start;
	}

	/** Heap use while the work runs once over every PDF on every thread. */
	HeapUse heapOnPool(ToIntFunction<Path> work) {
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		try (HeapWatch heap = new HeapWatch()) {
			timeOnPool(work, pool);
			return heap.stop();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private double perSecond(int rounds, long nanos) {
		return (double) this.pdfs.size() * rounds / (nanos / 1e9);
	}

}
