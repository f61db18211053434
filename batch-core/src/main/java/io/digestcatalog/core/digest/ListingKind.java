package io.digestcatalog.core.digest;

/** How an arXiv listing presents an entry. */
public enum ListingKind {

	/** A new submission. */
	NEW,
	/** A paper listed again from another category. */
	CROSS_LIST,
	/** A new version of a paper listed before; listings carry no abstract for these. */
	REPLACEMENT

}
