package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * One sighting of a paper as a source describes it, the unit entity resolution groups.
 * Everything but the id and title may be missing.
 *
 * @param id unique within one resolution run (and one index)
 * @param title as printed, possibly with markup; blank when the source has none
 * @param authors names as printed ("Last, First" or "First Last"); blank and "?" entries
 * are kept but count as unknown
 * @param year publication year, or null
 * @param venue journal or conference as printed, or null
 * @param abstractText the abstract, or null
 * @param arxivId the arXiv id, or null
 * @param dois DOIs, publisher's and arXiv's DataCite DOI alike
 * @param listing the listing (one digest: a day's page, one e-mail) that printed the
 * record, or null: a listing names a paper once, so two records of one listing are two
 * papers unless they share an id
 */
public record ResolutionRecord(String id, String title, List<String> authors, Integer year, String venue,
		String abstractText, ArxivId arxivId, List<Doi> dois, String listing) {

	/** The DataCite prefix under which arXiv registers a DOI for every paper. */
	static final String ARXIV_DOI_PREFIX = "10.48550/arxiv.";

	public ResolutionRecord {
		Objects.requireNonNull(id, "id");
		if (id.isBlank()) {
			throw new IllegalArgumentException("a record id cannot be blank");
		}
		Objects.requireNonNull(title, "title");
		authors = (authors == null) ? List.of() : authors.stream().map(a -> (a == null) ? "" : a).toList();
		if (year != null && (year < 1000 || year > 2999)) {
			throw new IllegalArgumentException("implausible year " + year + " for record " + id);
		}
		dois = (dois == null) ? List.of() : List.copyOf(dois);
		for (Doi doi : dois) {
			arxivIdOf(doi).filter(fromDoi -> arxivId != null && !fromDoi.equals(arxivId.id())).ifPresent(fromDoi -> {
				throw new IllegalArgumentException(
						"record " + id + " has arXiv id " + arxivId.id() + " but arXiv DOI " + doi.value());
			});
		}
	}

	/** A record of no known listing. */
	public ResolutionRecord(String id, String title, List<String> authors, Integer year, String venue,
			String abstractText, ArxivId arxivId, List<Doi> dois) {
		this(id, title, authors, year, venue, abstractText, arxivId, dois, null);
	}

	/** A record with a title only; add the rest with the {@code with...} methods. */
	public static ResolutionRecord of(String id, String title) {
		return new ResolutionRecord(id, title, List.of(), null, null, null, null, List.of(), null);
	}

	public ResolutionRecord withTitle(String title) {
		return new ResolutionRecord(this.id, title, this.authors, this.year, this.venue, this.abstractText,
				this.arxivId, this.dois, this.listing);
	}

	public ResolutionRecord withAuthors(List<String> authors) {
		return new ResolutionRecord(this.id, this.title, authors, this.year, this.venue, this.abstractText,
				this.arxivId, this.dois, this.listing);
	}

	public ResolutionRecord withYear(Integer year) {
		return new ResolutionRecord(this.id, this.title, this.authors, year, this.venue, this.abstractText,
				this.arxivId, this.dois, this.listing);
	}

	public ResolutionRecord withVenue(String venue) {
		return new ResolutionRecord(this.id, this.title, this.authors, this.year, venue, this.abstractText,
				this.arxivId, this.dois, this.listing);
	}

	public ResolutionRecord withAbstract(String abstractText) {
		return new ResolutionRecord(this.id, this.title, this.authors, this.year, this.venue, abstractText,
				this.arxivId, this.dois, this.listing);
	}

	public ResolutionRecord withArxivId(ArxivId arxivId) {
		return new ResolutionRecord(this.id, this.title, this.authors, this.year, this.venue, this.abstractText,
				arxivId, this.dois, this.listing);
	}

	public ResolutionRecord withDois(List<Doi> dois) {
		return new ResolutionRecord(this.id, this.title, this.authors, this.year, this.venue, this.abstractText,
				this.arxivId, dois, this.listing);
	}

	public ResolutionRecord withListing(String listing) {
		return new ResolutionRecord(this.id, this.title, this.authors, this.year, this.venue, this.abstractText,
				this.arxivId, this.dois, listing);
	}

	/** The versionless arXiv id, from the id itself or from arXiv's DataCite DOI. */
	public Optional<String> arxivKey() {
		if (this.arxivId != null) {
			return Optional.of(this.arxivId.id());
		}
		return this.dois.stream().map(ResolutionRecord::arxivIdOf).flatMap(Optional::stream).findFirst();
	}

	/** DOIs other than arXiv's own: the publisher's versions of the paper. */
	public List<String> publisherDois() {
		List<String> dois = new ArrayList<>();
		for (Doi doi : this.dois) {
			if (arxivIdOf(doi).isEmpty()) {
				dois.add(doi.value());
			}
		}
		return dois;
	}

	static Optional<String> arxivIdOf(Doi doi) {
		String value = doi.value().toLowerCase(Locale.ROOT);
		if (!value.startsWith(ARXIV_DOI_PREFIX)) {
			return Optional.empty();
		}
		// old-style ids keep their archive in lower case (hep-th/9901001)
		return ArxivId.parse(value.substring(ARXIV_DOI_PREFIX.length())).map(ArxivId::id);
	}

}
