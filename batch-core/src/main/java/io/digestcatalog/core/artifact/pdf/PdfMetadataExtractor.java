package io.digestcatalog.core.artifact.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the metadata of paper PDFs downloaded by the ingest job. Thread-safe: one
 * instance serves any number of threads.
 * <p>
 * Each document is read on a worker thread of its own, with PDFBox buffering streams in
 * temporary files rather than the heap (a 200 MB PDF does not exhaust it). When the time
 * limit passes, the worker is cancelled at its next file read or content operator, closes
 * the document as it unwinds, and is waited for, so no thread outlives {@link #read}
 * (beyond a short grace period for a worker stuck inside one operator).
 */
public final class PdfMetadataExtractor {

	private static final Duration GRACE = Duration.ofSeconds(5);

	private static final AtomicLong WORKERS = new AtomicLong();

	private final Duration timeLimit;

	/**
	 * @param timeLimit how long one document may take, e.g. 30 seconds
	 */
	public PdfMetadataExtractor(Duration timeLimit) {
		Objects.requireNonNull(timeLimit, "timeLimit");
		if (timeLimit.isNegative() || timeLimit.isZero()) {
			throw new IllegalArgumentException("a time limit must be positive: " + timeLimit);
		}
		this.timeLimit = timeLimit;
	}

	/**
	 * Reads one PDF; a bad document gives a failure with its reason, never an exception.
	 */
	public PdfReadResult read(Path pdf) {
		Objects.requireNonNull(pdf, "pdf");
		Optional<PdfReadResult> rejected = PdfFileCheck.check(pdf);
		if (rejected.isPresent()) {
			return rejected.get();
		}
		Cancellation cancellation = new Cancellation();
		FutureTask<PdfReadResult> task = new FutureTask<>(() -> readOpened(pdf, cancellation));
		Thread worker = new Thread(task, "pdf-metadata-" + WORKERS.incrementAndGet());
		worker.setDaemon(true);
		worker.start();
		try {
			PdfReadResult result = task.get(this.timeLimit.toNanos(), TimeUnit.NANOSECONDS);
			// the worker is past its last statement; waiting keeps "no worker outlives
			// read" true without exception
			awaitEnd(worker);
			return result;
		}
		catch (TimeoutException ex) {
			stop(worker, cancellation);
			return timedOut();
		}
		catch (InterruptedException ex) {
			stop(worker, cancellation);
			Thread.currentThread().interrupt();
			return PdfReadResult.failed(PdfFailure.TIMED_OUT, "interrupted while reading");
		}
		catch (ExecutionException ex) {
			return PdfReadResult.failed(PdfFailure.DAMAGED, "damaged PDF: " + Reasons.oneLine(ex.getCause()));
		}
	}

	private PdfReadResult timedOut() {
		return PdfReadResult.failed(PdfFailure.TIMED_OUT, "timed out after " + Reasons.duration(this.timeLimit));
	}

	private static void stop(Thread worker, Cancellation cancellation) {
		cancellation.cancel();
		worker.interrupt();
		awaitEnd(worker);
	}

	private static void awaitEnd(Thread worker) {
		try {
			worker.join(GRACE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private PdfReadResult readOpened(Path pdf, Cancellation cancellation) {
		try (CancellableRead source = new CancellableRead(pdf, cancellation);
				PDDocument document = Loader.loadPDF(source, "", IOUtils.createTempFileOnlyStreamCache())) {
			if (document.getNumberOfPages() == 0) {
				return PdfReadResult.failed(PdfFailure.DAMAGED, "damaged PDF: no pages");
			}
			return new PdfReadResult.Extracted(DocumentAnalyzer.analyze(document, cancellation));
		}
		catch (InvalidPasswordException ex) {
			return PdfReadResult.failed(PdfFailure.ENCRYPTED, "encrypted PDF");
		}
		catch (CancellationException ex) {
			return timedOut();
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			if (cancellation.isCancelled()) {
				return timedOut();
			}
			return PdfReadResult.failed(PdfFailure.DAMAGED, "damaged PDF: " + Reasons.oneLine(ex));
		}
	}

}
