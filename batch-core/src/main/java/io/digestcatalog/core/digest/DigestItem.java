package io.digestcatalog.core.digest;

/** What a parser yields for each entry of a digest: a parsed entry, or a rejected one. */
public sealed interface DigestItem permits DigestEntry, RejectedEntry {

	DigestRef digest();

	/**
	 * Position of the entry in its digest, from 1; 0 stands for the digest as a whole.
	 */
	long ordinal();

	/** Line of the digest where the entry starts, from 1. */
	long line();

}
