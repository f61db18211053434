package io.digestcatalog.core.digest;

/**
 * A user error in the inputs of an ingest: a missing file, an empty glob, a file that is
 * not a digest.
 */
public class DigestInputException extends RuntimeException {

	public DigestInputException(String message) {
		super(message);
	}

}
