package io.digestcatalog.core.catalog;

import java.time.LocalDate;

/**
 * The fields of a catalog paper, and of one record of it, besides the title.
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

}
