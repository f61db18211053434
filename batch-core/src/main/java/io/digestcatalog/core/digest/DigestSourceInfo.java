package io.digestcatalog.core.digest;

import java.util.Objects;

/**
 * What is known of a digest before it is parsed.
 *
 * @param sha256 hex SHA-256 of its bytes
 * @param location its path or URL
 * @param dates how to date it
 * @param charset the charset its container declared (MIME or HTTP header), or
 * {@code null} to detect
 * @param context the other formats and the ledger, for nested digests
 */
public record DigestSourceInfo(String sha256, String location, DigestDateHint dates, java.nio.charset.Charset charset,
		DigestContext context) {

	public DigestSourceInfo {
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(dates, "dates");
		context = (context != null) ? context : DigestContext.of(DigestFormats.standard());
	}

	/** A source of undeclared charset, parsed on its own. */
	public DigestSourceInfo(String sha256, String location, DigestDateHint dates) {
		this(sha256, location, dates, null, null);
	}

	public DigestRef ref(String format, ResolvedDate date) {
		return new DigestRef(this.sha256, this.location, format, date.date(), date.origin());
	}

}
