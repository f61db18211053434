package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PDF copied to a temporary file, up to a bound, and checked before PDFBox reads it: a
 * header where a PDF has one, and an end-of-file marker where a complete one ends.
 */
final class PdfSpool {

	/**
	 * Readers accept the header anywhere in the first kilobyte, and the end marker in the
	 * last.
	 */
	private static final int SEARCH = 1024;

	private PdfSpool() {
	}

	/**
	 * Copies the input into the file.
	 * @return {@code false} when it held more than {@code limit} bytes
	 */
	static boolean copy(InputStream input, Path file, long limit) throws IOException {
		byte[] buffer = new byte[65536];
		long copied = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
				copied += n;
				if (copied > limit) {
					return false;
				}
				out.write(buffer, 0, n);
			}
		}
		return true;
	}

	/** Why the file cannot be a complete PDF, or {@code null} when it may be one. */
	static String problemOf(Path file) throws IOException {
		long size = Files.size(file);
		if (size == 0) {
			return "not a PDF: empty file";
		}
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			byte[] head = new byte[(int) Math.min(SEARCH, size)];
			in.readFully(head);
			if (!new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
				return "not a PDF: no %PDF- header";
			}
			byte[] tail = new byte[(int) Math.min(SEARCH, size)];
			in.seek(size - tail.length);
			in.readFully(tail);
			if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
				return "damaged PDF: truncated (no %%EOF marker at its end)";
			}
		}
		return null;
	}

}
