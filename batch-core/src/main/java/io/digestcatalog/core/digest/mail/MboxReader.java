package io.digestcatalog.core.digest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a mail file into its messages, one at a time: an mbox at its "From " separator
 * lines (dropping them, the blank line before each, and one level of mboxrd/mboxo
 * "&gt;From " quoting), any other file as a single message taken byte for byte.
 */
final class MboxReader {

	/** How much of a line is looked at to recognize a separator. */
	private static final int SEPARATOR_HEAD = 1024;

	private final ByteLines lines;

	private final long maxMessage;

	private boolean started;

	private boolean mbox;

	private boolean ended;

	private boolean pending;

	private int number;

	MboxReader(InputStream input, long maxMessage) {
		this.lines = new ByteLines(input);
		this.maxMessage = maxMessage;
	}

	/** The next message, or {@code null} after the last. */
	RawMessage next() throws IOException {
		if (!this.started) {
			start();
		}
		else if (this.ended) {
			return null;
		}
		this.number++;
		MessageBuffer message = new MessageBuffer(this.maxMessage);
		byte[] blank = null;
		while (this.pending || this.lines.next()) {
			this.pending = false;
			if (this.mbox && this.lines.lineStart()) {
				// separators follow a blank line; a wrapped body line "From here" may not
				if ((blank != null || message.total() == 0)
						&& MailSniffer.isFromLine(this.lines.head(SEPARATOR_HEAD))) {
					this.lines.skipLine();
					return message.finish(this.number, true);
				}
				if (blank != null) {
					message.append(blank, 0, blank.length);
					blank = null;
				}
				if (this.lines.blankLine()) {
					blank = Arrays.copyOf(this.lines.chunk(), this.lines.length());
					continue;
				}
				int quote = isQuotedFrom() ? 1 : 0;
				message.append(this.lines.chunk(), quote, this.lines.length() - quote);
				continue;
			}
			message.append(this.lines.chunk(), 0, this.lines.length());
		}
		this.ended = true;
		return message.finish(this.number, this.mbox);
	}

	private void start() throws IOException {
		this.started = true;
		if (!this.lines.next()) {
			return;
		}
		this.mbox = MailSniffer.isFromLine(this.lines.head(SEPARATOR_HEAD));
		if (this.mbox) {
			this.lines.skipLine();
		}
		else {
			this.pending = true;
		}
	}

	/** A body line "&gt;From ", "&gt;&gt;From "... that the mbox writer quoted once. */
	private boolean isQuotedFrom() {
		byte[] chunk = this.lines.chunk();
		int i = 0;
		while (i < this.lines.length() && chunk[i] == '>') {
			i++;
		}
		return i > 0 && this.lines.length() - i >= 5 && chunk[i] == 'F' && chunk[i + 1] == 'r' && chunk[i + 2] == 'o'
				&& chunk[i + 3] == 'm' && chunk[i + 4] == ' ';
	}

	long maxMessage() {
		return this.maxMessage;
	}

	void close() throws IOException {
		this.lines.close();
	}

}
