package io.digestcatalog.core.digest.arxiv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of an arXiv listing e-mail: {@code Mon, 12 Jan 2026 20:33:39 GMT} on an
 * entry's Date: line, and the end of the header's
 * {@code received from Thu 22 Jan 26 19:00:00 GMT to Fri 23 Jan 26 19:00:00 GMT}.
 */
final class ListingDates {

	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec");

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(?<!\\d)(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{4}|\\d{2})(?!\\d)");

	private static final Pattern RECEIVED = Pattern.compile("(?i)\\s*received from\\s+.*?\\s+to\\s+(.*)");

	private static final Pattern SIZE = Pattern.compile("\\(\\s*(\\d+\\s*kb)\\b[^)]*\\)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private ListingDates() {
	}

	/** The first day-month-year in the text, or {@code null}. */
	static LocalDate dayMonthYear(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = DAY_MONTH_YEAR.matcher(text);
		while (m.find()) {
			int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
			int year = Integer.parseInt(m.group(3));
			if (m.group(3).length() == 2) {
				// arXiv began in 1991: "98" is 1998, "26" is 2026
				year += (year >= 90) ? 1900 : 2000;
			}
			try {
				if (month > 0) {
					return LocalDate.of(year, month, Integer.parseInt(m.group(1)));
				}
			}
			catch (DateTimeException ex) {
				// not a date after all; look further
			}
		}
		return null;
	}

	/** The end of the submission window a header line names, or {@code null}. */
	static LocalDate receivedUntil(String headerLine) {
		Matcher m = RECEIVED.matcher(headerLine);
		return m.matches() ? dayMonthYear(m.group(1)) : null;
	}

	/**
	 * The size a Date: line ends with ({@code (215kb)}, {@code (31214kb,D)}), or null.
	 */
	static String sizeOf(String dateLine) {
		if (dateLine == null) {
			return null;
		}
		Matcher m = SIZE.matcher(dateLine);
		return m.find() ? m.group(1).replace(" ", "") : null;
	}

}
