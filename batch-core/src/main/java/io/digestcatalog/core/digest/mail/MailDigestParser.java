package io.digestcatalog.core.digest.mail;

import java.io.IOException;
import java.io.InputStream;

import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestSourceInfo;

/**
 * Digests that arrived by e-mail: a single message (an {@code .eml} file, a file of a
 * Maildir's {@code cur/} or {@code new/}) or an mbox holding many. Each message is a
 * digest of its own, identified by the SHA-256 of its bytes; its text body (text/plain,
 * else HTML rendered to text) is read by whichever format the body sniffs as, so a
 * message already loaded from another mailbox is skipped.
 */
public final class MailDigestParser implements DigestParser {

	public static final String FORMAT = "mail";

	/** Largest message read; a bigger one is quarantined unread. */
	static final long MAX_MESSAGE = 50L * 1024 * 1024;

	/** Largest decoded text body handed on to the body's format. */
	static final int MAX_BODY = 16 * 1024 * 1024;

	private final long maxMessage;

	public MailDigestParser() {
		this(MAX_MESSAGE);
	}

	MailDigestParser(long maxMessage) {
		this.maxMessage = maxMessage;
	}

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public int sniff(byte[] head, String fileName) {
		return MailSniffer.confidence(head);
	}

	@Override
	public DigestItemStream open(InputStream input, DigestSourceInfo source) throws IOException {
		return new MailDigestStream(new MboxReader(input, this.maxMessage), source, MAX_BODY);
	}

}
