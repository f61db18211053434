package io.digestcatalog.core.extract;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Digital Object Identifier, kept lower-cased since DOIs compare case-insensitively.
 *
 * @param value the DOI without resolver prefix, e.g. {@code 10.1145/3580305.3599253}
 */
public record Doi(String value) {

	static final String BARE = "10\\.\\d{4,9}/[^\\s\"<>{}]+";

	private static final Pattern PARSE = Pattern
		.compile("(?i)(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)?(" + BARE + ")");

	public Doi {
		Objects.requireNonNull(value, "value");
		if (!value.matches(BARE)) {
			throw new IllegalArgumentException("not a DOI: " + value);
		}
		value = value.toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses {@code 10.x/y}, {@code doi:10.x/y} or a doi.org URL; trailing punctuation is
	 * cut.
	 */
	public static Optional<Doi> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = PARSE.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		String v = trimTrailingPunctuation(m.group(1));
		return v.matches(BARE) ? Optional.of(new Doi(v)) : Optional.empty();
	}

	static String trimTrailingPunctuation(String s) {
		int end = s.length();
		while (end > 0 && ".,;:)]'".indexOf(s.charAt(end - 1)) >= 0) {
			end--;
		}
		return s.substring(0, end);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
