package io.digestcatalog.core.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A title folded for comparison: Unicode NFKC, case-folded, punctuation, dashes, symbols
 * and whitespace folded to single spaces.
 *
 * @param value the folded title, never blank
 */
public record NormalizedTitle(String value) {

	/** Punctuation, dashes, symbols and whitespace, folded to one space. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s]+");

	public NormalizedTitle {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("a normalized title cannot be blank");
		}
	}

	/**
	 * Folds a title; throws when nothing comparable remains (e.g. a title of
	 * punctuation).
	 */
	public static NormalizedTitle of(String title) {
		String s = Normalizer.normalize(Objects.requireNonNull(title, "title"), Normalizer.Form.NFKC);
		// upper then lower folds the cases that lower-casing alone misses (e.g. final
		// sigma)
		s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
		s = SEPARATORS.matcher(s).replaceAll(" ").strip();
		return new NormalizedTitle(s);
	}

	/** A fixed-length key for indexes: SHA-256 of the folded title, hex. */
	public String hash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
