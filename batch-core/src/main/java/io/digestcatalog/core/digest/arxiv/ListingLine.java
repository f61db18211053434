package io.digestcatalog.core.digest.arxiv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of an arXiv listing e-mail is to its structure: the {@code \\} lines that
 * open an entry and its abstract, the {@code \\ ( URL , SIZE)} line that closes it, and
 * the rules between entries and sections.
 */
enum ListingLine {

	/** A bare {@code \\}: opens an entry, or ends its fields and starts its abstract. */
	BACKSLASHES,
	/** {@code \\ ( https://arxiv.org/abs/ID , SIZE)}: the entry's last line. */
	CLOSING,
	/** A line of dashes between entries. */
	RULE,
	/** {@code %-%-%-…}: the cross-lists follow. */
	CROSS_LISTS,
	/** {@code %%--%%--…}: the replacements (and replaced cross-lists) follow. */
	REPLACEMENTS,
	/** {@code %%%---%%%---…}: the listing ends. */
	END,
	/** Anything else: a field, a continuation, abstract text. */
	TEXT;

	private static final Pattern CLOSING_PARTS = Pattern
		.compile("\\\\\\\\\\s*\\(\\s*([^\\s,)]+)\\s*(?:,\\s*([^)]*?))?\\s*\\)\\s*");

	private static final Pattern DASHES = Pattern.compile("-{20,}");

	private static final Pattern CROSS = Pattern.compile("(?:%-){6,}%?");

	private static final Pattern REPLACE = Pattern.compile("(?:%%--){3,}%{0,2}");

	private static final Pattern FINISH = Pattern.compile("(?:%%%---){3,}%{0,3}");

	static ListingLine of(String line) {
		String s = line.stripTrailing();
		if (s.equals("\\\\")) {
			return BACKSLASHES;
		}
		if (s.startsWith("\\\\ (") || s.startsWith("\\\\(")) {
			return CLOSING;
		}
		if (DASHES.matcher(s).matches()) {
			return RULE;
		}
		if (CROSS.matcher(s).matches()) {
			return CROSS_LISTS;
		}
		if (REPLACE.matcher(s).matches()) {
			return REPLACEMENTS;
		}
		if (FINISH.matcher(s).matches()) {
			return END;
		}
		return TEXT;
	}

	/**
	 * The abs link and size of a closing line ({@code \\ ( URL , SIZE)}), each null when
	 * the line does not give it.
	 */
	static Closing closing(String line) {
		Matcher m = CLOSING_PARTS.matcher(line.strip());
		if (!m.matches()) {
			return new Closing(null, null);
		}
		String size = (m.group(2) != null && !m.group(2).isBlank()) ? m.group(2).strip() : null;
		return new Closing(m.group(1), size);
	}

	/**
	 * What an entry's closing line says of it.
	 *
	 * @param absUrl its abstract page as written, or {@code null}
	 * @param size its size, e.g. {@code 215kb}, or {@code null}
	 */
	record Closing(String absUrl, String size) {
	}

	boolean isRule() {
		return this == RULE || this == CROSS_LISTS || this == REPLACEMENTS || this == END;
	}

}
