package io.digestcatalog.core.digest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads bytes line by line in chunks of bounded size, so that a line of any length (a
 * base64 body without line breaks) costs bounded memory. A chunk ends after a line feed
 * or when full; line breaks stay in the chunk, as the bytes must hash as read.
 */
final class ByteLines {

	static final int CHUNK = 64 * 1024;

	private final InputStream in;

	private final byte[] buffer = new byte[CHUNK];

	private int position;

	private int limit;

	private boolean atLineStart = true;

	private final byte[] chunk = new byte[CHUNK];

	private int length;

	private boolean lineStart;

	private boolean lineEnd;

	ByteLines(InputStream in) {
		this.in = in;
	}

	/** Reads the next chunk; {@code false} at the end of input. */
	boolean next() throws IOException {
		this.lineStart = this.atLineStart;
		this.length = 0;
		while (this.length < CHUNK) {
			if (this.position == this.limit && !fill()) {
				this.atLineStart = true;
				this.lineEnd = true;
				return this.length > 0;
			}
			int end = this.position;
			int stop = Math.min(this.limit, this.position + CHUNK - this.length);
			boolean feed = false;
			while (end < stop && !feed) {
				feed = this.buffer[end++] == '\n';
			}
			System.arraycopy(this.buffer, this.position, this.chunk, this.length, end - this.position);
			this.length += end - this.position;
			this.position = end;
			if (feed) {
				this.atLineStart = true;
				this.lineEnd = true;
				return true;
			}
		}
		this.atLineStart = false;
		this.lineEnd = false;
		return true;
	}

	private boolean fill() throws IOException {
		int n;
		do {
			n = this.in.read(this.buffer);
		}
		while (n == 0);
		this.position = 0;
		this.limit = Math.max(n, 0);
		return n > 0;
	}

	byte[] chunk() {
		return this.chunk;
	}

	int length() {
		return this.length;
	}

	/** Whether the chunk starts a line. */
	boolean lineStart() {
		return this.lineStart;
	}

	/** Whether the chunk ends its line. */
	boolean lineEnd() {
		return this.lineEnd;
	}

	/** Whether the chunk is a whole line with nothing but its line break. */
	boolean blankLine() {
		return this.lineStart && this.lineEnd && ((this.length == 1 && this.chunk[0] == '\n')
				|| (this.length == 2 && this.chunk[0] == '\r' && this.chunk[1] == '\n'));
	}

	/** The start of the chunk as Latin-1 text without its line break, for matching. */
	String head(int max) {
		int n = Math.min(this.length, max);
		while (n > 0 && (this.chunk[n - 1] == '\n' || this.chunk[n - 1] == '\r')) {
			n--;
		}
		return new String(this.chunk, 0, n, StandardCharsets.ISO_8859_1);
	}

	/** Skips the rest of a line whose start was read already. */
	void skipLine() throws IOException {
		while (!this.lineEnd && next()) {
			// nothing to keep
		}
	}

	void close() throws IOException {
		this.in.close();
	}

}
