package io.digestcatalog.core.dedupe;

import java.util.ArrayList;
import java.util.List;

import io.digestcatalog.core.digest.DigestEntry;

/**
 * Dedupe v1: the keys under which an entry is the same paper as another. Only the entry's
 * own identifiers count, never ids cited in its abstract.
 */
public final class DedupeKeys {

	private DedupeKeys() {
	}

	/**
	 * The entry's keys, best first: arXiv id (version ignored), DOI, normalized title.
	 */
	public static List<DedupeKey> of(DigestEntry entry, NormalizedTitle title) {
		return of((entry.arxivId() != null) ? entry.arxivId().id() : null,
				(entry.doi() != null) ? entry.doi().value() : null, title);
	}

	/**
	 * The keys of a record as stored: versionless arXiv id and DOI (either may be null),
	 * then the normalized title.
	 */
	public static List<DedupeKey> of(String arxivId, String doi, NormalizedTitle title) {
		List<DedupeKey> keys = new ArrayList<>(3);
		if (arxivId != null) {
			keys.add(new DedupeKey(DedupeKey.ARXIV, arxivId));
		}
		if (doi != null) {
			keys.add(new DedupeKey(DedupeKey.DOI, doi));
		}
		keys.add(new DedupeKey(DedupeKey.TITLE, title.hash()));
		return List.copyOf(keys);
	}

}
