package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the matcher compares of a record, computed once per record: folded title and its
 * words, parsed authors, identity keys, folded venue and abstract words.
 *
 * @param record the record as given
 * @param title the title analysis
 * @param authors the names that could be read; unknown names are left out
 * @param listedAuthors how many names the record lists, unknown ones included
 * @param arxiv the versionless arXiv id, or null
 * @param publisherDois the publisher DOIs, lower case
 * @param venueWords the folded venue words, stop words dropped
 * @param venueKind journal, conference or other
 * @param abstractWords the folded abstract's distinct content words, at most 300
 */
record RecordProfile(ResolutionRecord record, TitleAnalysis title, List<AuthorName> authors, int listedAuthors,
		String arxiv, List<String> publisherDois, List<String> venueWords, VenueKind venueKind,
		List<String> abstractWords) {

	private static final int ABSTRACT_WORDS = 300;

	static RecordProfile of(ResolutionRecord record) {
		List<AuthorName> authors = new ArrayList<>();
		for (String name : record.authors()) {
			AuthorName.parse(name).ifPresent(authors::add);
		}
		return new RecordProfile(record, TitleAnalysis.of(record.title()), List.copyOf(authors),
				record.authors().size(), record.arxivKey().orElse(null), record.publisherDois(),
				contentWords(record.venue(), Integer.MAX_VALUE), VenueKind.of(record.venue()),
				contentWords(record.abstractText(), ABSTRACT_WORDS));
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

	String id() {
		return this.record.id();
	}

	Integer year() {
		return this.record.year();
	}

}
