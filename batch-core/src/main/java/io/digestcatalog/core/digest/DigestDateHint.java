package io.digestcatalog.core.digest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything that can date a digest, in order of trust: an explicit date given by the
 * operator, a full date in the file's name, a month and day in the digest or its name
 * (with the year of the file's modification time), the modification time itself.
 *
 * @param explicit a date given by the operator, or {@code null}
 * @param fileName the digest's file name
 * @param modified the file's modification time
 * @param zone the zone for reading the modification time
 */
public record DigestDateHint(LocalDate explicit, String fileName, Instant modified, ZoneId zone) {

	private static final Pattern FULL_DATE = Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");

	private static final Pattern MONTH_DAY = Pattern.compile(
			"(?i)(?<![a-z])((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\\.?[\\s_-]*(\\d{1,2})(?!\\d)");

	public DigestDateHint {
		zone = (zone != null) ? zone : ZoneId.systemDefault();
		modified = (modified != null) ? modified : Instant.EPOCH;
		fileName = (fileName != null) ? fileName : "";
	}

	/**
	 * Resolves the date of a digest that states a full date itself (a wrapper's date
	 * field, a mail's Date header, a feed's updated time): an explicit date still wins.
	 * @param fromContent the digest's own date, or {@code null} when it has none
	 * @param where what gave it, e.g. "the Date header", for the operator
	 */
	public ResolvedDate resolve(LocalDate fromContent, String where) {
		if (this.explicit != null) {
			return new ResolvedDate(this.explicit, "from --digest-date");
		}
		if (fromContent != null) {
			return new ResolvedDate(fromContent, "from " + where);
		}
		return resolve((MonthDay) null);
	}

	/** Resolves the date, given the month and day the digest itself printed (if any). */
	public ResolvedDate resolve(MonthDay fromContent) {
		if (this.explicit != null) {
			return new ResolvedDate(this.explicit, "from --digest-date");
		}
		Optional<LocalDate> named = fullDateIn(this.fileName);
		if (named.isPresent()) {
			return new ResolvedDate(named.get(), "from the file name");
		}
		LocalDate mtime = LocalDate.ofInstant(this.modified, this.zone);
		MonthDay monthDay = fromContent;
		String where = "the digest";
		if (monthDay == null) {
			monthDay = monthDayIn(this.fileName).orElse(null);
			where = "the file name";
		}
		if (monthDay == null) {
			return new ResolvedDate(mtime, "from the file's modification time");
		}
		LocalDate date = monthDay.atYear(mtime.getYear());
		// a digest dated after the file was written belongs to the year before
		if (date.isAfter(mtime)) {
			date = monthDay.atYear(mtime.getYear() - 1);
		}
		return new ResolvedDate(date, "month and day from " + where + ", year from the file's modification time");
	}

	static Optional<LocalDate> fullDateIn(String text) {
		Matcher m = FULL_DATE.matcher(text);
		while (m.find()) {
			try {
				int year = Integer.parseInt(m.group(1));
				if (year >= 1990 && year <= 2100) {
					return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
				}
			}
			catch (DateTimeException ex) {
				// not a date after all; keep looking
			}
		}
		return Optional.empty();
	}

	/**
	 * A month and day such as "Jul 29", "July 29" or "jul29"; empty when there is none.
	 */
	public static Optional<MonthDay> monthDayIn(String text) {
		Matcher m = MONTH_DAY.matcher(text);
		while (m.find()) {
			String word = m.group(1).toLowerCase(Locale.ROOT);
			Month month = monthOf(word.substring(0, 3));
			int day = Integer.parseInt(m.group(2));
			// "junk_12" or "decisions-5" start like a month but are no month
			boolean monthWord = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
				.toLowerCase(Locale.ROOT)
				.startsWith(word);
			if (monthWord && day >= 1 && day <= month.maxLength()) {
				return Optional.of(MonthDay.of(month, day));
			}
		}
		return Optional.empty();
	}

	private static Month monthOf(String prefix) {
		for (Month month : Month.values()) {
			if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(prefix)) {
				return month;
			}
		}
		throw new IllegalArgumentException("not a month: " + prefix);
	}

}
