package io.digestcatalog.core.catalog;

import java.time.LocalDate;

/**
 * A paper as a search lists it.
 *
 * @param paperId catalog id
 * @param title title
 * @param arxivId arXiv id or {@code null}
 * @param doi DOI or {@code null}
 * @param firstSeen earliest digest date
 * @param lastSeen latest digest date
 * @param appearances number of sightings
 */
public record PaperSummary(String paperId, String title, String arxivId, String doi, LocalDate firstSeen,
		LocalDate lastSeen, long appearances) {

}
