package io.digestcatalog.core.catalog;

/** A failure of the catalog database, as opposed to bad input. */
public class CatalogException extends RuntimeException {

	public CatalogException(String message) {
		super(message);
	}

	public CatalogException(String message, Throwable cause) {
		super(message, cause);
	}

}
