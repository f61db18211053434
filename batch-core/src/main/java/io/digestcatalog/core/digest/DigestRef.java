package io.digestcatalog.core.digest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One digest as the catalog knows it: identified by the SHA-256 of its bytes, so the same
 * digest under another name is the same digest.
 *
 * @param sha256 hex SHA-256 of the digest's bytes
 * @param location where it was read from (a path or URL)
 * @param format the parser that read it, e.g. {@code text}
 * @param date the digest's date
 * @param dateOrigin how the date was found, in words for the operator
 */
public record DigestRef(String sha256, String location, String format, LocalDate date, String dateOrigin) {

	public DigestRef {
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(format, "format");
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a hex SHA-256: " + sha256);
		}
	}

}
