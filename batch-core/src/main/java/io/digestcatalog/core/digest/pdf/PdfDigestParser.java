package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;

import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.TextDigestParser;

/**
 * A digest printed to PDF (a Daily Papers page printed from a browser, say). PDFBox reads
 * its lines in reading order; {@link PdfReflow} drops running headers and page numbers
 * and joins wrapped lines back into paragraphs; the text digest parser reads the result,
 * so an entry's line is its line in that re-flowed text (one line a paragraph). The PDF
 * and everything derived from it live in temporary files, so memory holds a page at a
 * time. A PDF that cannot be read (encrypted, damaged, truncated, no PDF at all, no text)
 * yields one rejected item saying why.
 */
public final class PdfDigestParser implements DigestParser {

	public static final String FORMAT = "pdf";

	/** Largest PDF read; larger ones are refused. */
	static final long MAX_BYTES = 512L * 1024 * 1024;

	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final long maxBytes;

	public PdfDigestParser() {
		this(MAX_BYTES);
	}

	/** A parser refusing PDFs larger than {@code maxBytes}, for tests. */
	PdfDigestParser(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public int sniff(byte[] head, String fileName) {
		if (head.length < MAGIC.length) {
			return 0;
		}
		for (int i = 0; i < MAGIC.length; i++) {
			if (head[i] != MAGIC[i]) {
				return 0;
			}
		}
		return 95;
	}

	@Override
	public DigestItemStream open(InputStream input, DigestSourceInfo source) throws IOException {
		Path pdf = Files.createTempFile("digestcat-pdf-", ".pdf");
		Path lines = Files.createTempFile("digestcat-pdf-", ".lines");
		Path text = Files.createTempFile("digestcat-pdf-", ".txt");
		boolean handedOver = false;
		try {
			try (input) {
				if (!PdfSpool.copy(input, pdf, this.maxBytes)) {
					return rejected(source, "PDF larger than " + size(this.maxBytes) + ", not read");
				}
			}
			String problem = PdfSpool.problemOf(pdf);
			if (problem == null) {
				problem = PdfTextExtractor.extract(pdf, lines, text);
			}
			if (problem == null) {
				problem = PaperShape.notADigestReason(text, source);
			}
			if (problem != null) {
				return rejected(source, problem);
			}
			DigestItemStream items = new TextDigestParser().open(Files.newInputStream(text), source);
			handedOver = true;
			return new PdfDigestStream(items, text);
		}
		finally {
			Files.deleteIfExists(pdf);
			Files.deleteIfExists(lines);
			if (!handedOver) {
				Files.deleteIfExists(text);
			}
		}
	}

	private static String size(long bytes) {
		return (bytes % (1 << 20) == 0) ? (bytes >> 20) + " MiB" : bytes + " bytes";
	}

	private static DigestItemStream rejected(DigestSourceInfo source, String reason) {
		DigestRef ref = source.ref(FORMAT, source.dates().resolve((MonthDay) null));
		return DigestItemStream.of(new RejectedEntry(ref, 0, 1, reason, ""));
	}

}
