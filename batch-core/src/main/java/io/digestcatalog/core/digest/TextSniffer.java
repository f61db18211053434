package io.digestcatalog.core.digest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells text from binary and decodes text: a byte-order mark wins, then the charset the
 * container declared, then UTF-8 when the bytes are valid UTF-8, else windows-1252 (the
 * superset of ISO-8859-1 that "Latin-1" files really are). UTF-16 without a mark is
 * recognized by its pattern of zero bytes.
 */
public final class TextSniffer {

	/** How much of the input is looked at to choose a charset. */
	static final int DETECT_BYTES = 64 * 1024;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextSniffer() {
	}

	/**
	 * Why the bytes are not text, or empty if they are: binary content has NUL bytes by
	 * the hundred (more than one byte in a thousand) or control bytes everywhere (more
	 * than one in twenty). A few stray ones in a text cost only the entry that holds
	 * them, which the parser quarantines with its reason: one bad byte must not cost the
	 * whole digest.
	 */
	public static Optional<String> binaryReason(byte[] head) {
		if (bomCharset(head) != null || utf16WithoutBom(head) != null) {
			return Optional.empty();
		}
		int nul = 0;
		int control = 0;
		for (byte b : head) {
			if (b == 0) {
				nul++;
			}
			if ((b & 0xFF) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		if (nul > 1 && nul * 1000 > head.length) {
			return Optional.of("binary content (NUL bytes), not a text digest");
		}
		if (head.length > 0 && control * 20 > head.length) {
			return Optional.of("binary content (control bytes), not a text digest");
		}
		return Optional.empty();
	}

	/**
	 * A reader over the bytes with the charset detected; a byte-order mark is dropped.
	 */
	public static Reader decode(InputStream input) throws IOException {
		return decode(input, null);
	}

	/**
	 * A reader over the bytes; a byte-order mark wins over the declared charset, which
	 * wins over detection. Undecodable bytes become U+FFFD, which parsers reject entry by
	 * entry.
	 */
	public static Reader decode(InputStream input, Charset declared) throws IOException {
		BufferedInputStream in = new BufferedInputStream(input, DETECT_BYTES);
		in.mark(DETECT_BYTES);
		byte[] head = readHead(in);
		in.reset();
		Charset charset = bomCharset(head);
		if (charset != null) {
			in.skipNBytes((charset == StandardCharsets.UTF_8) ? 3 : 2);
		}
		else {
			charset = (declared != null) ? declared : detect(head);
		}
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		return new BufferedReader(new InputStreamReader(in, decoder), 65536);
	}

	/**
	 * Up to {@link #DETECT_BYTES} bytes for detection. A read failure ends the sample
	 * early instead of failing here: the reader meets it again when it reaches that
	 * point, after the entries before it were read.
	 */
	private static byte[] readHead(BufferedInputStream in) {
		byte[] head = new byte[DETECT_BYTES];
		int n = 0;
		try {
			int r;
			while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
				n += r;
			}
		}
		catch (IOException ex) {
			// detection works with what was read
		}
		return java.util.Arrays.copyOf(head, n);
	}

	/** The charset of bytes without a byte-order mark. */
	static Charset detect(byte[] head) {
		Charset utf16 = utf16WithoutBom(head);
		if (utf16 != null) {
			return utf16;
		}
		return isValidUtf8(head) ? StandardCharsets.UTF_8 : WINDOWS_1252;
	}

	private static Charset bomCharset(byte[] b) {
		if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		return null;
	}

	/** ASCII-range text in UTF-16 has a zero in every other byte. */
	private static Charset utf16WithoutBom(byte[] b) {
		int pairs = Math.min(b.length / 2, 4096);
		if (pairs < 8) {
			return null;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < pairs; i++) {
			evenZeros += (b[2 * i] == 0) ? 1 : 0;
			oddZeros += (b[2 * i + 1] == 0) ? 1 : 0;
		}
		if (oddZeros * 10 >= pairs * 9 && evenZeros * 10 < pairs) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZeros * 10 >= pairs * 9 && oddZeros * 10 < pairs) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static boolean isValidUtf8(byte[] head) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(head.length + 1);
		// not the end of input: a character cut at the end of the sample is no error
		CoderResult result = decoder.decode(ByteBuffer.wrap(head), out, false);
		return !result.isError();
	}

}
