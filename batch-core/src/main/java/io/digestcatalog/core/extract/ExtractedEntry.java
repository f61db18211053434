package io.digestcatalog.core.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.dedupe.NormalizedTitle;
import io.digestcatalog.core.digest.DigestEntry;

/**
 * An entry with everything extracted from it, ready to be resolved into the catalog.
 *
 * @param entry the entry as parsed
 * @param title its normalized title
 * @param links the links in its text, normalized and classified
 * @param ownLinks the entry's own structured links (abstract page, PDF, repository),
 * normalized and classified
 * @param mentions identifiers cited in its text that are not its own
 * @param keys its dedupe keys, best first
 */
public record ExtractedEntry(DigestEntry entry, NormalizedTitle title, List<Link> links, List<Link> ownLinks,
		Set<Identifier> mentions, List<DedupeKey> keys) {

	public ExtractedEntry {
		Objects.requireNonNull(entry, "entry");
		Objects.requireNonNull(title, "title");
		links = List.copyOf(links);
		ownLinks = List.copyOf(ownLinks);
		mentions = Set.copyOf(mentions);
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("an entry needs at least one dedupe key");
		}
		keys = List.copyOf(keys);
	}

}
