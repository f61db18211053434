package io.digestcatalog.core.digest.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a body part's bytes by its declared charset, forgiving what mail gets wrong: no
 * charset, an unknown name, Latin-1 bytes labelled UTF-8.
 */
final class MailCharsets {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private MailCharsets() {
	}

	/**
	 * The charset a declared name stands for; UTF-8 when none or unknown, and also for
	 * US-ASCII, which UTF-8 reads alike (8-bit bytes under that label are UTF-8 more
	 * often than not). ISO-8859-1 is read as its superset windows-1252, as browsers do.
	 */
	static Charset declared(String name) {
		if (name == null || name.isBlank()) {
			return StandardCharsets.UTF_8;
		}
		String label = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
		Charset charset;
		try {
			charset = Charset.forName(label);
		}
		catch (IllegalArgumentException ex) {
			return StandardCharsets.UTF_8;
		}
		if (charset.equals(StandardCharsets.US_ASCII)) {
			return StandardCharsets.UTF_8;
		}
		return charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset;
	}

	/**
	 * The text of the bytes; bytes that are no UTF-8 under a UTF-8 label are read as
	 * windows-1252.
	 */
	static String decode(byte[] bytes, Charset charset) {
		try {
			return strict(charset, bytes);
		}
		catch (CharacterCodingException ex) {
			// the String constructor replaces what its charset cannot read
			return new String(bytes, charset.equals(StandardCharsets.UTF_8) ? WINDOWS_1252 : charset);
		}
	}

	private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

}
