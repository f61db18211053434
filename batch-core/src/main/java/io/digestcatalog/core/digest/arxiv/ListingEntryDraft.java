package io.digestcatalog.core.digest.arxiv;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of one listing entry as they are read: its fields (continuation lines
 * unwrapped), its abstract and its closing abs link. Bounded: past {@link #MAX_CHARS} the
 * entry is only marked too long.
 */
final class ListingEntryDraft {

	static final int MAX_CHARS = 64 * 1024;

	private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z-]*):\\s*(.*)");

	/** Listings before 2007 named the paper on a {@code Paper:} line. */
	private static final Pattern PAPER = Pattern.compile("Paper(\\s*\\(\\*cross-listing\\*\\))?:\\s*(.*)");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final String CROSS_MARK = "(*cross-listing*)";

	private final long line;

	private final StringBuilder raw = new StringBuilder();

	private final Map<String, StringBuilder> fields = new LinkedHashMap<>();

	private final StringBuilder abstractText = new StringBuilder();

	private StringBuilder currentField;

	private boolean crossListing;

	private boolean tooLong;

	private String absUrl;

	private String size;

	ListingEntryDraft(long line) {
		this.line = line;
	}

	/** Keeps a line of the entry, as read, for quarantine. */
	void raw(String text, boolean cut) {
		this.tooLong |= cut;
		if (this.raw.length() + text.length() + 1 > MAX_CHARS) {
			this.tooLong = true;
			return;
		}
		this.raw.append(text).append('\n');
	}

	void fieldLine(String text) {
		if (this.tooLong) {
			return;
		}
		if (text.isBlank()) {
			this.currentField = null;
			return;
		}
		if (Character.isWhitespace(text.charAt(0)) && this.currentField != null) {
			this.currentField.append(' ').append(text.strip());
			return;
		}
		String s = text.strip();
		Matcher paper = PAPER.matcher(s);
		Matcher m = FIELD.matcher(s);
		if (paper.matches()) {
			this.crossListing |= paper.group(1) != null;
			start("arxiv", paper.group(2));
		}
		else if (s.regionMatches(true, 0, "replaced with revised version", 0, 29)) {
			start("replaced", s.substring(29).strip());
		}
		else if (m.matches()) {
			String value = m.group(2);
			if (m.group(1).equalsIgnoreCase("arXiv") && value.contains(CROSS_MARK)) {
				this.crossListing = true;
				value = value.replace(CROSS_MARK, " ");
			}
			start(m.group(1).toLowerCase(Locale.ROOT), value);
		}
		else if (this.currentField != null) {
			this.currentField.append(' ').append(s);
		}
	}

	private void start(String name, String value) {
		this.currentField = this.fields.computeIfAbsent(name, k -> new StringBuilder());
		if (!this.currentField.isEmpty()) {
			this.currentField.append(' ');
		}
		this.currentField.append(value.strip());
	}

	/** A line of the abstract; an indented line starts a new paragraph. */
	void abstractLine(String text) {
		if (this.tooLong || text.isBlank()) {
			return;
		}
		if (!this.abstractText.isEmpty()) {
			this.abstractText.append(Character.isWhitespace(text.charAt(0)) ? '\n' : ' ');
		}
		this.abstractText.append(SPACES.matcher(text.strip()).replaceAll(" "));
	}

	void close(ListingLine.Closing closing) {
		this.absUrl = closing.absUrl();
		this.size = closing.size();
	}

	/** A field's value with its continuation lines, whitespace folded; or null. */
	String field(String name) {
		StringBuilder value = this.fields.get(name);
		return (value == null) ? null : SPACES.matcher(value).replaceAll(" ").strip();
	}

	long line() {
		return this.line;
	}

	String raw() {
		return this.raw.toString();
	}

	String abstractText() {
		return this.abstractText.toString();
	}

	boolean crossListing() {
		return this.crossListing;
	}

	boolean tooLong() {
		return this.tooLong;
	}

	String absUrl() {
		return this.absUrl;
	}

	String size() {
		return this.size;
	}

}
