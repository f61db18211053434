package io.digestcatalog.core.catalog;

import java.time.LocalDate;

/**
 * The fields of a catalog paper that sightings can fill in or widen.
 *
 * @param abstractText the abstract, or {@code null}
 * @param authors authors joined by "; ", or {@code null}
 * @param arxivId versionless arXiv id, or {@code null}
 * @param arxivVersion highest version seen, or {@code null}
 * @param doi the DOI, or {@code null}
 * @param firstSeen earliest digest date
 * @param lastSeen latest digest date
 * @param publishedOn when the paper was first published, or {@code null}
 * @param categories subject categories joined by spaces, or {@code null}
 * @param comments the authors' comments, or {@code null}
 * @param journalRef the journal reference, or {@code null}
 * @param keywords keywords joined by "; ", or {@code null}
 */
record PaperRow(String abstractText, String authors, String arxivId, Integer arxivVersion, String doi,
		LocalDate firstSeen, LocalDate lastSeen, LocalDate publishedOn, String categories, String comments,
		String journalRef, String keywords) {

	/**
	 * This row with the gaps filled from another and the seen-range widened: the first
	 * value wins.
	 */
	PaperRow enrichedBy(PaperRow other) {
		return new PaperRow(firstNonBlank(this.abstractText, other.abstractText),
				firstNonBlank(this.authors, other.authors), firstNonBlank(this.arxivId, other.arxivId),
				max(this.arxivVersion, other.arxivVersion), firstNonBlank(this.doi, other.doi),
				min(this.firstSeen, other.firstSeen), max(this.lastSeen, other.lastSeen),
				min(this.publishedOn, other.publishedOn), firstNonBlank(this.categories, other.categories),
				firstNonBlank(this.comments, other.comments), firstNonBlank(this.journalRef, other.journalRef),
				firstNonBlank(this.keywords, other.keywords));
	}

	private static String firstNonBlank(String a, String b) {
		return (a != null && !a.isBlank()) ? a : ((b != null && !b.isBlank()) ? b : a);
	}

	private static <T extends Comparable<? super T>> T max(T a, T b) {
		return (a == null) ? b : (b == null || a.compareTo(b) >= 0) ? a : b;
	}

	private static <T extends Comparable<? super T>> T min(T a, T b) {
		return (a == null) ? b : (b == null || a.compareTo(b) <= 0) ? a : b;
	}

	/** The fields by their catalog names, for recording which source gave each. */
	java.util.Map<String, Object> fields() {
		java.util.Map<String, Object> f = new java.util.LinkedHashMap<>();
		f.put("abstract", this.abstractText);
		f.put("authors", this.authors);
		f.put("arxiv_id", this.arxivId);
		f.put("doi", this.doi);
		f.put("published_on", this.publishedOn);
		f.put("categories", this.categories);
		f.put("comments", this.comments);
		f.put("journal_ref", this.journalRef);
		f.put("keywords", this.keywords);
		return f;
	}

}
