package io.digestcatalog.core.artifact;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a download must be to be kept: one of some media types, and a body that starts
 * with some magic bytes. Servers mislabel freely (a login page served as
 * application/pdf), so the body's first bytes are checked as well as the header.
 *
 * @param name what it is called in failures ("not a PDF: …")
 * @param mediaTypes the acceptable Content-Type media types, lower case; empty accepts
 * any (and no Content-Type)
 * @param magic the ASCII prefix every body must have; empty accepts any
 */
public record ExpectedContent(String name, Set<String> mediaTypes, String magic) {

	public ExpectedContent {
		Objects.requireNonNull(name, "name");
		mediaTypes = mediaTypes.stream()
			.map(t -> t.strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		Objects.requireNonNull(magic, "magic");
		if (!StandardCharsets.US_ASCII.newEncoder().canEncode(magic)) {
			throw new IllegalArgumentException("magic must be ASCII: " + magic);
		}
	}

	/** A PDF: served as a PDF or as anonymous bytes, and starting with {@code %PDF-}. */
	public static ExpectedContent pdf() {
		return new ExpectedContent("PDF", Set.of("application/pdf", "application/octet-stream", "binary/octet-stream"),
				"%PDF-");
	}

	/** Anything at all. */
	public static ExpectedContent anything() {
		return new ExpectedContent("anything", Set.of(), "");
	}

	/**
	 * Why a response of this Content-Type header is unacceptable, or {@code null} if it
	 * is acceptable; parameters such as {@code ; charset=} are ignored.
	 */
	String contentTypeProblem(String contentType) {
		if (this.mediaTypes.isEmpty()) {
			return null;
		}
		if (contentType == null || contentType.isBlank()) {
			return "not a " + this.name + ": no content type";
		}
		int semicolon = contentType.indexOf(';');
		String media = ((semicolon >= 0) ? contentType.substring(0, semicolon) : contentType).strip()
			.toLowerCase(Locale.ROOT);
		return this.mediaTypes.contains(media) ? null : "not a " + this.name + ": content type " + Lines.clean(media);
	}

	/**
	 * Why a body beginning with these bytes is unacceptable ("not a PDF: body starts with
	 * &lt;!DOCTYPE"), or {@code null} if it starts with the magic.
	 */
	String headProblem(byte[] head, int length) {
		byte[] magic = magicBytes();
		if (length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length)) {
			return null;
		}
		return "not a " + this.name + ": " + ((length == 0) ? "empty body" : "body starts with " + shown(head, length));
	}

	/**
	 * The first word of a body if it is text ({@code <!DOCTYPE}), else its first bytes in
	 * hex.
	 */
	static String shown(byte[] head, int length) {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < length && word.length() < 16 && head[i] > 0x20 && head[i] < 0x7f; i++) {
			word.append((char) head[i]);
		}
		if (word.length() > 0) {
			return word.toString();
		}
		return "bytes " + HexFormat.ofDelimiter(" ").formatHex(head, 0, Math.min(length, 8));
	}

	byte[] magicBytes() {
		return this.magic.getBytes(StandardCharsets.US_ASCII);
	}

}
