package io.digestcatalog.core.artifact.pdf;

import java.util.concurrent.CancellationException;

/**
 * A flag the caller sets when a document's time is up, checked by the worker on every
 * read of the file and every content-stream operator. PDFBox never looks at thread
 * interrupts, so this is how a runaway document is stopped.
 */
final class Cancellation {

	private volatile boolean cancelled;

	void cancel() {
		this.cancelled = true;
	}

	boolean isCancelled() {
		return this.cancelled;
	}

	/**
	 * Unchecked on purpose: PDFBox recovers from many {@code IOException}s (and would
	 * keep reading), but lets runtime exceptions through.
	 */
	void check() {
		if (this.cancelled) {
			throw new CancellationException("PDF reading cancelled");
		}
	}

}
