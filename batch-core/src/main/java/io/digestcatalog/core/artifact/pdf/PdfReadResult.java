package io.digestcatalog.core.artifact.pdf;

import java.util.Objects;
import java.util.Optional;

/**
 * What reading one PDF gave: its metadata, or a failure with a one-line reason. Reading
 * never throws for a bad document; the failure is the answer.
 */
public sealed interface PdfReadResult permits PdfReadResult.Extracted, PdfReadResult.Failed {

	/** The metadata, when the document could be read. */
	Optional<PdfMetadata> extracted();

	/** The one-line reason, when it could not. */
	Optional<String> failure();

	static PdfReadResult failed(PdfFailure kind, String reason) {
		return new Failed(kind, reason);
	}

	/**
	 * A document that was read.
	 *
	 * @param metadata what it holds
	 */
	record Extracted(PdfMetadata metadata) implements PdfReadResult {

		public Extracted {
			Objects.requireNonNull(metadata, "metadata");
		}

		@Override
		public Optional<PdfMetadata> extracted() {
			return Optional.of(this.metadata);
		}

		@Override
		public Optional<String> failure() {
			return Optional.empty();
		}

	}

	/**
	 * A document that could not be read.
	 *
	 * @param kind the kind of failure
	 * @param reason one line for an operator, e.g. {@code "encrypted PDF"}
	 */
	record Failed(PdfFailure kind, String reason) implements PdfReadResult {

		public Failed {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(reason, "reason");
			if (reason.isBlank() || reason.indexOf('\n') >= 0 || reason.indexOf('\r') >= 0) {
				throw new IllegalArgumentException("a failure reason is one non-blank line: " + reason);
			}
		}

		@Override
		public Optional<PdfMetadata> extracted() {
			return Optional.empty();
		}

		@Override
		public Optional<String> failure() {
			return Optional.of(this.reason);
		}

	}

}
