package io.digestcatalog.core.dedupe.er;

/**
 * Why two records were linked, strongest first: the order in which links are applied when
 * clusters are built.
 */
public enum MatchRule {

	/** An operator said the two records are one paper. */
	MUST_LINK,

	/** The same arXiv id, version ignored (arXiv's DataCite DOI counts as the id). */
	ARXIV_ID,

	/** The same publisher DOI. */
	DOI,

	/** No shared key: title, authors, year, venue and abstract agree enough. */
	SIMILARITY

}
