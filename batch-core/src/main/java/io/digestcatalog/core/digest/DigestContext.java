package io.digestcatalog.core.digest;

/**
 * What a parser may need beyond its input: the other formats (a mail's body or a PDF's
 * text is itself a digest of another format) and whether a nested digest was loaded
 * already.
 */
public interface DigestContext {

	/** The formats this build reads, for parsing nested digests. */
	DigestFormats formats();

	/** Whether the digest with these bytes (hex SHA-256) was loaded completely before. */
	boolean isLoaded(String sha256);

	/** A context that knows the formats and treats nothing as loaded. */
	static DigestContext of(DigestFormats formats) {
		return new DigestContext() {
			@Override
			public DigestFormats formats() {
				return formats;
			}

			@Override
			public boolean isLoaded(String sha256) {
				return false;
			}
		};
	}

}
