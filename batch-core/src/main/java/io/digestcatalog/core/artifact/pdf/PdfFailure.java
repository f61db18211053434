package io.digestcatalog.core.artifact.pdf;

/**
 * Why a PDF yielded no metadata: lets a caller tell a download to retry (truncated) from
 * a document to quarantine (encrypted, damaged) or a file that is no PDF at all.
 */
public enum PdfFailure {

	/** The file is empty or does not start like a PDF. */
	NOT_A_PDF,
	/** The file cannot be read at all (missing, no permission). */
	UNREADABLE,
	/** A user password is needed to open it. */
	ENCRYPTED,
	/** The file ends before the PDF does, e.g. an interrupted download. */
	TRUNCATED,
	/** PDFBox could not parse it. */
	DAMAGED,
	/** Reading took longer than the per-document time limit. */
	TIMED_OUT

}
