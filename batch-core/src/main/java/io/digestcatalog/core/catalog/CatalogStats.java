package io.digestcatalog.core.catalog;

import java.util.Map;

/**
 * Counts over the whole catalog.
 *
 * @param papers catalog papers
 * @param withArxivId papers with an arXiv id
 * @param withDoi papers with a DOI
 * @param digests digests read
 * @param appearances sightings of papers in digests
 * @param links links of papers
 * @param linksByKind links per kind
 * @param merges papers merged into others
 * @param quarantined entries in quarantine
 */
public record CatalogStats(long papers, long withArxivId, long withDoi, long digests, long appearances, long links,
		Map<String, Long> linksByKind, long merges, long quarantined) {

}
