package io.digestcatalog.core.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * What some digest formats say of an entry beyond title, abstract, authors and ids. Every
 * field may be empty: a text digest has none of them.
 *
 * @param published when the paper was first published (e.g. arXiv v1), or {@code null}
 * @param submitted when it was submitted to the digest (e.g. HF submittedOnDailyAt), or
 * {@code null}
 * @param categories subject categories, e.g. {@code cs.AI}
 * @param comments the author's comments line (pages, venue), or {@code null}
 * @param journalRef the journal reference, or {@code null}
 * @param links the entry's own structured links (its abstract page, PDF, repository,
 * project page), as written; links found in prose are extracted separately
 * @param upvotes votes on the digest (HF daily papers), or {@code null}
 * @param githubStars stars of its repository as the digest reported them, or {@code null}
 * @param keywords keywords (e.g. HF ai_keywords)
 * @param listing how an arXiv listing presents it, or {@code null}
 * @param size the size a listing gives, e.g. {@code 415kb}, or {@code null}
 */
public record EntryDetails(LocalDate published, LocalDate submitted, List<String> categories, String comments,
		String journalRef, List<String> links, Integer upvotes, Integer githubStars, List<String> keywords,
		ListingKind listing, String size) {

	/** No details at all. */
	public static final EntryDetails NONE = new EntryDetails(null, null, List.of(), null, null, List.of(), null, null,
			List.of(), null, null);

	public EntryDetails {
		categories = (categories != null) ? List.copyOf(categories) : List.of();
		links = (links != null) ? List.copyOf(links) : List.of();
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
	}

}
