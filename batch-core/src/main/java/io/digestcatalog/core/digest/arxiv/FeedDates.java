package io.digestcatalog.core.digest.arxiv;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The dates of Atom ({@code 2016-10-09T00:00:00-04:00}) and RSS
 * ({@code Mon, 26 Jan 2026 00:00:00 -0500}) feeds, as the day they name in their own
 * offset.
 */
final class FeedDates {

	private FeedDates() {
	}

	/** The day the text names, or {@code null} when it is no date. */
	static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String s = text.strip();
		try {
			return OffsetDateTime.parse(s).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			// not RFC 3339; try RFC 822 next
		}
		try {
			return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			// not RFC 822 either; a bare day, as dc:date may give
		}
		try {
			return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
