package io.digestcatalog.core.digest.mail;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of the message being cut: hashed as they come, kept only up to a bound so
 * that an oversized message costs no memory but still has its identity.
 */
final class MessageBuffer extends ByteArrayOutputStream {

	private final MessageDigest sha = sha256();

	private final long max;

	private long size;

	private boolean dropped;

	MessageBuffer(long max) {
		super(8192);
		this.max = max;
	}

	void append(byte[] bytes, int offset, int length) {
		this.sha.update(bytes, offset, length);
		this.size += length;
		if (this.size > this.max && !this.dropped) {
			this.dropped = true;
			this.buf = new byte[0];
			this.count = 0;
		}
		if (!this.dropped) {
			write(bytes, offset, length);
		}
	}

	long total() {
		return this.size;
	}

	RawMessage finish(int number, boolean inMbox) {
		// the buffer is handed over, not copied: a large message is not held twice
		return new RawMessage(number, inMbox, this.dropped ? null : this.buf, this.count, this.size,
				HexFormat.of().formatHex(this.sha.digest()));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
