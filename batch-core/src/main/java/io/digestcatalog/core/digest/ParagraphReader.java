package io.digestcatalog.core.digest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads blank-line separated paragraphs with bounded memory: a paragraph (or a single
 * line) longer than the bound is cut and marked truncated, and the rest of it is skipped,
 * so a 1 GB file with no newline cannot exhaust the heap.
 */
final class ParagraphReader {

	private final Reader in;

	private final int maxChars;

	private long lineNo;

	private int pushedBack = -2;

	ParagraphReader(Reader in, int maxChars) {
		this.in = in;
		this.maxChars = maxChars;
	}

	/** The next paragraph, or {@code null} at the end of input. */
	Paragraph next() throws IOException {
		List<String> lines = new ArrayList<>();
		long start = -1;
		int size = 0;
		boolean truncated = false;
		StringBuilder line = new StringBuilder();
		while (true) {
			boolean eof = readLine(line, this.maxChars - size);
			String text = line.toString().strip();
			if (!text.isEmpty() || this.lastLineCut) {
				if (start < 0) {
					start = this.lineNo;
				}
				if (!text.isEmpty()) {
					lines.add(text);
					size += text.length() + 1;
				}
				truncated |= this.lastLineCut;
			}
			else if (!lines.isEmpty() || truncated) {
				return new Paragraph(start, lines, truncated);
			}
			if (eof) {
				return (lines.isEmpty() && !truncated) ? null : new Paragraph(start, lines, truncated);
			}
		}
	}

	private boolean lastLineCut;

	/**
	 * Reads one line into {@code sb}, keeping at most {@code room} characters.
	 * @return whether the end of input was reached
	 */
	private boolean readLine(StringBuilder sb, int room) throws IOException {
		sb.setLength(0);
		this.lastLineCut = false;
		boolean any = false;
		while (true) {
			int c = (this.pushedBack != -2) ? this.pushedBack : this.in.read();
			this.pushedBack = -2;
			if (c == -1) {
				if (any) {
					this.lineNo++;
				}
				return true;
			}
			any = true;
			if (c == '\n' || c == '\r') {
				if (c == '\r') {
					int d = this.in.read();
					if (d != '\n') {
						this.pushedBack = d;
					}
				}
				this.lineNo++;
				return false;
			}
			if (sb.length() < Math.max(room, 0)) {
				sb.append((char) c);
			}
			else {
				this.lastLineCut = true;
			}
		}
	}

}
