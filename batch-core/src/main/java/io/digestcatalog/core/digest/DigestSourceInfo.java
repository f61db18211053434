package io.digestcatalog.core.digest;

import java.util.Objects;

/**
 * What is known of a digest before it is parsed.
 *
 * @param sha256 hex SHA-256 of its bytes
 * @param location its path or URL
 * @param dates how to date it
 */
public record DigestSourceInfo(String sha256, String location, DigestDateHint dates) {

	public DigestSourceInfo {
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(dates, "dates");
	}

	public DigestRef ref(String format, ResolvedDate date) {
		return new DigestRef(this.sha256, this.location, format, date.date(), date.origin());
	}

}
