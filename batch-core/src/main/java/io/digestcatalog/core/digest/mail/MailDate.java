package io.digestcatalog.core.digest.mail;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar date of a Date header as its sender wrote it ("Tue, 29 Jul 2025 08:15:00
 * +0900" is 29 July, whatever the reader's zone): a digest is dated by its sender's day.
 */
final class MailDate {

	private static final Pattern DATE = Pattern.compile(
			"(?i)(?<!\\d)(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{4}|\\d{2})(?!\\d)");

	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec");

	private MailDate() {
	}

	/** The date in a Date header's value, or {@code null} when it has none. */
	static LocalDate parse(String header) {
		if (header == null) {
			return null;
		}
		Matcher m = DATE.matcher(header);
		if (!m.find()) {
			return null;
		}
		int year = Integer.parseInt(m.group(3));
		if (m.group(3).length() == 2) {
			// RFC 5322's rule for obsolete two-digit years
			year += (year < 50) ? 2000 : 1900;
		}
		try {
			return LocalDate.of(year, MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1,
					Integer.parseInt(m.group(1)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
