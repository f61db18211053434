package io.digestcatalog.core.digest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.ResolvedDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The date a page gives itself, in order of trust: a {@code <time datetime>} in its
 * header, a date line with a year ("Jul 29, 2025"), its date metadata, a date line with
 * month and day only ("Jul 29", as Daily Papers prints it).
 *
 * @param full a full date, or {@code null}
 * @param monthDay a month and day, or {@code null}
 * @param where what gave the full date, for the operator
 */
record HtmlPageDate(LocalDate full, MonthDay monthDay, String where) {

	private static final Pattern DATE_LINE = Pattern.compile("(?i)(?:[a-z]+,\\s+)?"
			+ "((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2})(?:,?\\s+(\\d{4}))?");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");

	private static final String META = "meta[property=article:published_time], meta[name=date], "
			+ "meta[itemprop=datePublished], meta[name=dc.date]";

	static HtmlPageDate of(Document page, List<HtmlBlock> header, int firstEntryPos) {
		for (Element time : page.select("time[datetime]")) {
			LocalDate date = isoDate(time.attr("datetime"));
			if (date != null && time.sourceRange().startPos() < firstEntryPos) {
				return new HtmlPageDate(date, null, "the page's <time> element");
			}
		}
		MonthDay monthDay = null;
		for (HtmlBlock block : header) {
			Matcher m = DATE_LINE.matcher(block.text());
			if (m.matches()) {
				MonthDay md = DigestDateHint.monthDayIn(m.group(1)).orElse(null);
				if (md != null && m.group(2) != null) {
					return new HtmlPageDate(md.atYear(Integer.parseInt(m.group(2))), null, "the page's date line");
				}
				monthDay = (monthDay != null) ? monthDay : md;
			}
			LocalDate iso = isoDate(block.text());
			if (iso != null && block.text().length() == 10) {
				return new HtmlPageDate(iso, null, "the page's date line");
			}
		}
		for (Element meta : page.select(META)) {
			LocalDate date = isoDate(meta.attr("content"));
			if (date != null) {
				return new HtmlPageDate(date, null, "the page's date metadata");
			}
		}
		return new HtmlPageDate(null, monthDay, null);
	}

	ResolvedDate resolve(DigestDateHint dates) {
		return (this.full != null) ? dates.resolve(this.full, this.where) : dates.resolve(this.monthDay);
	}

	private static LocalDate isoDate(String text) {
		Matcher m = ISO_DATE.matcher(text.strip());
		if (!m.matches()) {
			return null;
		}
		try {
			return LocalDate.parse(m.group(1));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
