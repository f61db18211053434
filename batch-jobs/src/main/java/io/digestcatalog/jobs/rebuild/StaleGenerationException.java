package io.digestcatalog.jobs.rebuild;

/**
 * The generation a rebuild read its digests from is no longer current, or was loaded into
 * or corrected since: swapping in the rebuild would lose that work. The rebuild is
 * abandoned; a new one reads the current generation.
 */
class StaleGenerationException extends RuntimeException {

	StaleGenerationException(String message) {
		super(message);
	}

}
