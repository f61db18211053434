package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a bound on each: a longer line is cut and marked, so a file without
 * newlines cannot exhaust the heap.
 */
final class BoundedLineReader {

	private final Reader in;

	private final int maxChars;

	private long lineNumber;

	private boolean lastLineCut;

	private int pushedBack = -2;

	BoundedLineReader(Reader in, int maxChars) {
		this.in = in;
		this.maxChars = maxChars;
	}

	/** The next line without its terminator, or {@code null} at the end of input. */
	String next() throws IOException {
		StringBuilder line = new StringBuilder();
		this.lastLineCut = false;
		boolean any = false;
		while (true) {
			int c = (this.pushedBack != -2) ? this.pushedBack : this.in.read();
			this.pushedBack = -2;
			if (c == -1) {
				if (!any) {
					return null;
				}
				this.lineNumber++;
				return line.toString();
			}
			any = true;
			if (c == '\n' || c == '\r') {
				if (c == '\r') {
					int d = this.in.read();
					if (d != '\n') {
						this.pushedBack = d;
					}
				}
				this.lineNumber++;
				return line.toString();
			}
			if (line.length() < this.maxChars) {
				line.append((char) c);
			}
			else {
				this.lastLineCut = true;
			}
		}
	}

	/** The number of the line last returned, from 1. */
	long lineNumber() {
		return this.lineNumber;
	}

	/** Whether the line last returned was longer than the bound and cut. */
	boolean lastLineCut() {
		return this.lastLineCut;
	}

}
