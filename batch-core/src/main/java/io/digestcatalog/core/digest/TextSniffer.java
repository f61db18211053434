package io.digestcatalog.core.digest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Tells text from binary and decodes text with its byte-order mark honoured. */
public final class TextSniffer {

	private TextSniffer() {
	}

	/**
	 * Why the bytes are not text (NUL bytes, mostly control bytes), or empty if they are.
	 */
	public static Optional<String> binaryReason(byte[] head) {
		if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
				|| (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
			return Optional.empty();
		}
		int control = 0;
		for (byte b : head) {
			if (b == 0) {
				return Optional.of("binary content (NUL bytes), not a text digest");
			}
			if ((b & 0xFF) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		if (head.length > 0 && control * 20 > head.length) {
			return Optional.of("binary content (control bytes), not a text digest");
		}
		return Optional.empty();
	}

	/**
	 * A reader over the bytes, UTF-8 unless a UTF-16 byte-order mark says otherwise; a
	 * BOM is dropped.
	 */
	public static Reader decode(InputStream input) throws IOException {
		BufferedInputStream in = new BufferedInputStream(input, 65536);
		in.mark(3);
		byte[] bom = in.readNBytes(3);
		Charset charset = StandardCharsets.UTF_8;
		int skip = 0;
		if (bom.length >= 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF) {
			skip = 3;
		}
		else if (bom.length >= 2 && bom[0] == (byte) 0xFE && bom[1] == (byte) 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else if (bom.length >= 2 && bom[0] == (byte) 0xFF && bom[1] == (byte) 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		in.reset();
		in.skipNBytes(skip);
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		return new BufferedReader(new InputStreamReader(in, decoder), 65536);
	}

}
