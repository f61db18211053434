package io.digestcatalog.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.digestcatalog.core.dedupe.DedupeKeys;
import io.digestcatalog.core.dedupe.NormalizedTitle;
import io.digestcatalog.core.digest.DigestEntry;

/** Extracts links, cited identifiers and dedupe keys from a parsed entry. */
public final class EntryExtractor {

	private EntryExtractor() {
	}

	public static ExtractedEntry extract(DigestEntry entry) {
		NormalizedTitle title = NormalizedTitle.of(entry.title());
		List<Link> links = new ArrayList<>(LinkExtractor.extract(entry.title()));
		for (Link link : LinkExtractor.extract(entry.abstractText())) {
			if (links.stream().noneMatch(l -> l.url().equals(link.url()))) {
				links.add(link);
			}
		}
		Set<Identifier> mentions = new LinkedHashSet<>(IdentifierExtractor.mentions(entry.abstractText()));
		if (entry.arxivId() != null) {
			mentions.remove(Identifier.of(entry.arxivId()));
		}
		if (entry.doi() != null) {
			mentions.remove(Identifier.of(entry.doi()));
		}
		return new ExtractedEntry(entry, title, links, mentions, DedupeKeys.of(entry, title));
	}

}
