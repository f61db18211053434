package io.digestcatalog.core.artifact;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

final class Hashing {

	private Hashing() {
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
