package io.digestcatalog.core.digest.mail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * One message as cut from its file, before MIME parsing.
 *
 * @param number its position in the file, from 1
 * @param inMbox whether it came from an mbox (and so is one of many)
 * @param bytes its bytes (the first {@code length} of them), or {@code null} when it was
 * too large to keep
 * @param length how many of {@code bytes} are the message
 * @param size its size in bytes, also when too large to keep
 * @param sha256 hex SHA-256 of its bytes
 */
record RawMessage(int number, boolean inMbox, byte[] bytes, int length, long size, String sha256) {

	boolean tooLarge() {
		return this.bytes == null;
	}

	boolean blank() {
		for (int i = 0; i < this.length; i++) {
			if (!Character.isWhitespace(this.bytes[i])) {
				return false;
			}
		}
		return true;
	}

	InputStream open() {
		return new ByteArrayInputStream(this.bytes, 0, this.length);
	}

	/** The start of the message as text, for quarantine. */
	String text(int max) {
		return (this.bytes != null) ? new String(this.bytes, 0, Math.min(this.length, max), StandardCharsets.UTF_8)
				: "";
	}

}
