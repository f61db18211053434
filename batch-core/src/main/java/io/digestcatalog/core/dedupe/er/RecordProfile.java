package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the matcher compares of a record: folded title and its words, identity keys and
 * venue kind, computed at once (blocking and the clustering guard need them for every
 * record); parsed authors, venue and abstract words, computed when a pair is first scored
 * (a restored index scores only its new records' pairs, so most records never need them).
 * Thread-safe: a lazy value may be computed twice, always to the same immutable list.
 */
final class RecordProfile {

	private static final int ABSTRACT_WORDS = 300;

	private final ResolutionRecord record;

	private final TitleAnalysis title;

	private final String arxiv;

	private final List<String> publisherDois;

	private final VenueKind venueKind;

	private List<AuthorName> authors;

	private List<String> venueWords;

	private List<String> abstractWords;

	private RecordProfile(ResolutionRecord record) {
		this.record = record;
		this.title = TitleAnalysis.of(record.title());
		this.arxiv = record.arxivKey().orElse(null);
		this.publisherDois = record.publisherDois();
		this.venueKind = VenueKind.of(record.venue());
	}

	static RecordProfile of(ResolutionRecord record) {
		return new RecordProfile(record);
	}

	ResolutionRecord record() {
		return this.record;
	}

	/** The title analysis. */
	TitleAnalysis title() {
		return this.title;
	}

	/** The names that could be read; unknown names are left out. */
	List<AuthorName> authors() {
		List<AuthorName> names = this.authors;
		if (names == null) {
			List<AuthorName> parsed = new ArrayList<>();
			for (String name : this.record.authors()) {
				AuthorName.parse(name).ifPresent(parsed::add);
			}
			names = List.copyOf(parsed);
			this.authors = names;
		}
		return names;
	}

	/** How many names the record lists, unknown ones included. */
	int listedAuthors() {
		return this.record.authors().size();
	}

	/** The versionless arXiv id, or null. */
	String arxiv() {
		return this.arxiv;
	}

	/** The publisher DOIs, lower case. */
	List<String> publisherDois() {
		return this.publisherDois;
	}

	/** The folded venue words, stop words dropped. */
	List<String> venueWords() {
		List<String> words = this.venueWords;
		if (words == null) {
			words = contentWords(this.record.venue(), Integer.MAX_VALUE);
			this.venueWords = words;
		}
		return words;
	}

	/** Journal, conference or other. */
	VenueKind venueKind() {
		return this.venueKind;
	}

	/** The folded abstract's distinct content words, at most 300. */
	List<String> abstractWords() {
		List<String> words = this.abstractWords;
		if (words == null) {
			words = contentWords(this.record.abstractText(), ABSTRACT_WORDS);
			this.abstractWords = words;
		}
		return words;
	}

	/**
	 * The abstract's first {@code n} distinct content words, computed each time (blocking
	 * needs them once per record; keeping them would cost memory for every record).
	 */
	List<String> abstractOpening(int n) {
		// from the same start of the text whether or not the words are kept, so that a
		// record's keys never depend on what was compared before
		String text = this.record.abstractText();
		return contentWords((text == null) ? null : text.substring(0, Math.min(text.length(), 40 * n)), n);
	}

	private static List<String> contentWords(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		for (String word : TextFolding.fold(text).split(" ")) {
			if (!word.isEmpty() && !TitleAnalysis.STOP_WORDS.contains(word)) {
				words.add(word);
				if (words.size() == limit) {
					break;
				}
			}
		}
		return List.copyOf(words);
	}

	/** The listing that printed the record, or null. */
	String listing() {
		return this.record.listing();
	}

	String id() {
		return this.record.id();
	}

	Integer year() {
		return this.record.year();
	}

}
