package io.digestcatalog.core.catalog;

import java.util.List;

/**
 * One catalog paper with everything known of it, as exported.
 *
 * @param paperId catalog id
 * @param arxivId arXiv id or {@code null}
 * @param arxivVersion highest arXiv version seen or {@code null}
 * @param doi DOI or {@code null}
 * @param title title
 * @param authors author names
 * @param abstractText abstract or {@code null}
 * @param firstSeen earliest digest date (ISO)
 * @param lastSeen latest digest date (ISO)
 * @param publishedOn when the paper was first published (ISO), or {@code null}
 * @param categories subject categories
 * @param comments the authors' comments, or {@code null}
 * @param journalRef the journal reference, or {@code null}
 * @param keywords keywords
 * @param links links with their kinds
 * @param appearances every sighting
 */
public record PaperRecord(String paperId, String arxivId, Integer arxivVersion, String doi, String title,
		List<String> authors, String abstractText, String firstSeen, String lastSeen, String publishedOn,
		List<String> categories, String comments, String journalRef, List<String> keywords, List<LinkRecord> links,
		List<AppearanceRecord> appearances) {

	/**
	 * A link of a paper.
	 *
	 * @param url normalized URL
	 * @param kind its kind
	 * @param repository owner/name of a code repository, or {@code null}
	 * @param origin {@code field} for the entry's own links, {@code text} for links found
	 * in prose
	 */
	public record LinkRecord(String url, String kind, String repository, String origin) {

	}

	/**
	 * A sighting of a paper: one record of it.
	 *
	 * @param recordId the record's id ({@code <digest sha, 16 hex>:<ordinal>}), what
	 * {@code catalog unmerge} takes
	 * @param source where the digest was read from
	 * @param format the digest's format
	 * @param digestDate the digest's date (ISO)
	 * @param ordinal position in the digest
	 * @param title the title as this digest printed it
	 * @param matchedBy which key matched the paper ({@code new} for the first sighting)
	 * @param listing how an arXiv listing presented it ({@code NEW}, {@code CROSS_LIST},
	 * {@code REPLACEMENT}), or {@code null}
	 * @param upvotes votes the digest reported, or {@code null}
	 */
	public record AppearanceRecord(String recordId, String source, String format, String digestDate, long ordinal,
			String title, String matchedBy, String listing, Integer upvotes) {

	}

}
