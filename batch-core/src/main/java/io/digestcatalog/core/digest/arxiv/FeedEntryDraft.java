package io.digestcatalog.core.digest.arxiv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one Atom {@code <entry>} or RSS {@code <item>} said, element by element, before it
 * is mapped; only the first occurrence of a single-valued element counts.
 */
final class FeedEntryDraft {

	private static final int MAX_VALUES = 10_000;

	private final long line;

	private final Map<String, String> texts = new HashMap<>();

	private final List<String> authors = new ArrayList<>();

	private final List<String> creators = new ArrayList<>();

	private final List<String> categories = new ArrayList<>();

	private String absLink;

	private String pdfLink;

	private boolean tooLong;

	FeedEntryDraft(long line) {
		this.line = line;
	}

	/** A simple element's text, keyed by its lower-cased local name. */
	void text(String localName, String text) {
		this.texts.putIfAbsent(localName.toLowerCase(Locale.ROOT), text);
	}

	void author(String name) {
		if (name != null && !name.isBlank() && this.authors.size() < MAX_VALUES) {
			this.authors.add(name);
		}
	}

	void creator(String text) {
		if (text != null && !text.isBlank() && this.creators.size() < MAX_VALUES) {
			this.creators.add(text);
		}
	}

	void category(String term) {
		if (term != null && !term.isBlank() && !this.categories.contains(term.strip())
				&& this.categories.size() < MAX_VALUES) {
			this.categories.add(term.strip());
		}
	}

	/**
	 * An Atom link by its rel and title, or an RSS link (no attributes, the URL as text).
	 */
	void link(String rel, String title, String href, String text) {
		if ("pdf".equals(title)) {
			this.pdfLink = (this.pdfLink == null) ? href : this.pdfLink;
		}
		else if (href == null && text != null && !text.isBlank()) {
			this.absLink = (this.absLink == null) ? text.strip() : this.absLink;
		}
		else if (href != null && (rel == null || rel.equals("alternate"))) {
			this.absLink = (this.absLink == null) ? href : this.absLink;
		}
	}

	void tooLong() {
		this.tooLong = true;
	}

	String text(String localName) {
		return this.texts.get(localName.toLowerCase(Locale.ROOT));
	}

	/** The first of these elements that the entry has, or {@code null}. */
	String firstOf(String... localNames) {
		for (String name : localNames) {
			String value = text(name);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	long line() {
		return this.line;
	}

	List<String> authors() {
		return this.authors;
	}

	List<String> creators() {
		return this.creators;
	}

	List<String> categories() {
		return this.categories;
	}

	String absLink() {
		return this.absLink;
	}

	String pdfLink() {
		return this.pdfLink;
	}

	boolean isTooLong() {
		return this.tooLong;
	}

	/** What the entry said of itself, for quarantine. */
	String raw() {
		return "entry at line " + this.line + ": id=" + firstOf("id", "guid") + ", title=" + text("title") + ", link="
				+ this.absLink;
	}

}
