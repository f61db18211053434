package io.digestcatalog.core.artifact.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Looks at a file's first and last bytes before PDFBox does: an HTML error page saved as
 * {@code .pdf}, random bytes, an empty file or an interrupted download are told apart
 * from a damaged PDF, cheaply, and PDFBox's lenient parser never "recovers" half a file.
 */
final class PdfFileCheck {

	/** Acrobat's rule: the header within the first 1024 bytes, %%EOF within the last. */
	private static final int WINDOW = 1024;

	private static final int PREVIEW = 24;

	private PdfFileCheck() {
	}

	static Optional<PdfReadResult> check(Path pdf) {
		try (FileChannel channel = FileChannel.open(pdf, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size == 0) {
				return fail(PdfFailure.NOT_A_PDF, "not a PDF: the file is empty");
			}
			byte[] head = read(channel, 0, (int) Math.min(WINDOW, size));
			if (indexOf(head, "%PDF-") < 0) {
				return fail(PdfFailure.NOT_A_PDF, "not a PDF: starts with " + preview(head) + kind(head));
			}
			byte[] tail = read(channel, Math.max(0, size - WINDOW), (int) Math.min(WINDOW, size));
			if (indexOf(tail, "%%EOF") < 0) {
				return fail(PdfFailure.TRUNCATED, "truncated PDF: no %%EOF at the end of its " + size + " bytes");
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return fail(PdfFailure.UNREADABLE, "unreadable file: " + Reasons.oneLine(ex));
		}
	}

	private static Optional<PdfReadResult> fail(PdfFailure kind, String reason) {
		return Optional.of(PdfReadResult.failed(kind, reason));
	}

	private static byte[] read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length);
		while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
			// read until full or end of file
		}
		byte[] bytes = new byte[buffer.position()];
		buffer.flip().get(bytes);
		return bytes;
	}

	private static int indexOf(byte[] bytes, String marker) {
		byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i + m.length <= bytes.length; i++) {
			for (int j = 0; j < m.length; j++) {
				if (bytes[i + j] != m[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** What a file that is no PDF looks like, for the commonest mistakes. */
	static String kind(byte[] head) {
		String start = new String(head, 0, Math.min(64, head.length), StandardCharsets.ISO_8859_1).stripLeading()
			.toLowerCase(java.util.Locale.ROOT);
		String hex = HexFormat.of().formatHex(head, 0, Math.min(4, head.length));
		if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
			return " (HTML)";
		}
		if (start.startsWith("<?xml")) {
			return " (XML)";
		}
		if (start.startsWith("%!ps")) {
			return " (PostScript)";
		}
		if (hex.startsWith("1f8b")) {
			return " (gzip)";
		}
		if (hex.equals("504b0304")) {
			return " (ZIP)";
		}
		return hex.equals("89504e47") ? " (PNG)" : hex.startsWith("ffd8ff") ? " (JPEG)" : "";
	}

	/** The first bytes as quoted text when they are text, else as hex. */
	static String preview(byte[] head) {
		int n = Math.min(PREVIEW, head.length);
		boolean text = true;
		for (int i = 0; i < n; i++) {
			int b = head[i] & 0xff;
			text &= (b >= 0x20 && b < 0x7f) || b == '\n' || b == '\r' || b == '\t';
		}
		if (!text) {
			return "0x" + HexFormat.of().formatHex(head, 0, Math.min(8, head.length)) + (head.length > 8 ? "…" : "");
		}
		String shown = new String(head, 0, n, StandardCharsets.US_ASCII).replaceAll("\\s+", " ");
		return "\"" + shown + (head.length > n ? "…" : "") + "\"";
	}

}
