package io.digestcatalog.core.digest;

import java.util.List;
import java.util.Objects;

import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * One paper as one digest presents it. Identifiers here come from the entry's own
 * structured fields; ids cited in the abstract are not the entry's identity.
 *
 * @param digest the digest it came from
 * @param ordinal position in the digest, from 1
 * @param line line where the entry starts
 * @param title the title as printed
 * @param abstractText the abstract, may be empty
 * @param authors author names, may be empty
 * @param arxivId the entry's own arXiv id, or {@code null}
 * @param doi the entry's own DOI, or {@code null}
 * @param details what else the format says of it, never {@code null}
 */
public record DigestEntry(DigestRef digest, long ordinal, long line, String title, String abstractText,
		List<String> authors, ArxivId arxivId, Doi doi, EntryDetails details) implements DigestItem {

	public DigestEntry {
		Objects.requireNonNull(digest, "digest");
		Objects.requireNonNull(title, "title");
		// whatever the format, no control character reaches the catalog
		title = ControlCharacters.strip(title);
		if (title.isBlank()) {
			throw new IllegalArgumentException("an entry needs a title");
		}
		if (ordinal < 1) {
			throw new IllegalArgumentException("ordinals start at 1: " + ordinal);
		}
		abstractText = (abstractText != null) ? ControlCharacters.strip(abstractText) : "";
		authors = (authors != null) ? List.copyOf(authors.stream().map(ControlCharacters::strip).toList()) : List.of();
		details = (details != null) ? details : EntryDetails.NONE;
	}

	/** An entry without details beyond its identifiers. */
	public DigestEntry(DigestRef digest, long ordinal, long line, String title, String abstractText,
			List<String> authors, ArxivId arxivId, Doi doi) {
		this(digest, ordinal, line, title, abstractText, authors, arxivId, doi, EntryDetails.NONE);
	}

	/** An entry with title and abstract only, as the text digest gives. */
	public static DigestEntry of(DigestRef digest, long ordinal, long line, String title, String abstractText) {
		return new DigestEntry(digest, ordinal, line, title, abstractText, List.of(), null, null);
	}

}
