package io.digestcatalog.core.digest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A digest's date and, in words, where it came from.
 *
 * @param date the date
 * @param origin e.g. "from --digest-date" or "month and day from the digest, year from
 * the file's modification time"
 */
public record ResolvedDate(LocalDate date, String origin) {

	public ResolvedDate {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(origin, "origin");
	}

}
