package io.digestcatalog.core.extract;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier without its version ({@code 2504.10068}, {@code hep-th/9901001}),
 * with the version (if one was given) kept separately.
 *
 * @param id the versionless identifier, the paper's identity
 * @param version the version number, or 0 when none was given
 */
public record ArxivId(String id, int version) {

	private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}");

	private static final Pattern OLD_STYLE = Pattern.compile("[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{2}(\\d{2})\\d{3}");

	/**
	 * Matches an id, optionally prefixed with {@code arXiv:}, with an optional version.
	 */
	static final String BARE = "((?:\\d{4}\\.\\d{4,5})|(?:[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7}))(?:v(\\d{1,3}))?";

	private static final Pattern PARSE = Pattern.compile("(?i:arxiv:)?\\s*" + BARE);

	public ArxivId {
		Objects.requireNonNull(id, "id");
		if (!isValidId(id)) {
			throw new IllegalArgumentException("not an arXiv identifier: " + id);
		}
		if (version < 0) {
			throw new IllegalArgumentException("negative arXiv version: " + version);
		}
	}

	/**
	 * Parses {@code 2504.10068v2}, {@code arXiv:2504.10068} or {@code hep-th/9901001}.
	 */
	public static Optional<ArxivId> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = PARSE.matcher(text.strip());
		if (!m.matches() || !isValidId(m.group(1))) {
			return Optional.empty();
		}
		return Optional.of(new ArxivId(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
	}

	static boolean isValidId(String id) {
		Matcher m = NEW_STYLE.matcher(id);
		if (m.matches()) {
			int yy = Integer.parseInt(m.group(1));
			int mm = Integer.parseInt(m.group(2));
			int digits = id.length() - id.indexOf('.') - 1;
			// four digits before 2015-01, five from then on
			boolean digitsFit = (yy < 15) ? digits == 4 : digits == 5;
			return mm >= 1 && mm <= 12 && yy >= 7 && digitsFit;
		}
		Matcher old = OLD_STYLE.matcher(id);
		if (old.matches()) {
			int mm = Integer.parseInt(old.group(1));
			return mm >= 1 && mm <= 12;
		}
		return false;
	}

	public boolean hasVersion() {
		return this.version > 0;
	}

	/** The id with its version, as printed on the paper ({@code 2504.10068v2}). */
	public String versioned() {
		return hasVersion() ? this.id + "v" + this.version : this.id;
	}

	@Override
	public String toString() {
		return versioned();
	}

}
