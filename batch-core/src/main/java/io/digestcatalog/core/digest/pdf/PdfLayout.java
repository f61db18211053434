package io.digestcatalog.core.digest.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the whole print tells about its lines, learned page by page before the text is
 * re-flowed: the running headers and footers (lines at a page's top or bottom that recur
 * on half the pages or more, numbers aside), the usual line spacing of each style, and
 * the words the print uses (for {@link Dehyphenator}).
 */
final class PdfLayout {

	/** Lines this close to a page's top or bottom may be running headers or footers. */
	private static final int MARGIN_LINES = 2;

	/** A bare page number or counter: "3", "- 3 -", "Page 3", "Page 3 of 9", "3/9". */
	private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page\\s*)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?"
			+ "|[-\u2013\u2014]\\s*\\d{1,4}\\s*[-\u2013\u2014]");

	/** A line ending in a page counter, as a browser's footer does ("url 3/9"). */
	private static final Pattern ENDS_IN_COUNTER = Pattern
		.compile("(?i).*\\s(?:\\d{1,4}\\s*/\\s*\\d{1,4}|page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?)");

	private static final int MAX_MARGIN_KEYS = 10_000;

	private final Map<String, Integer> marginCounts = new HashMap<>();

	private final Map<String, Map<Integer, Integer>> gaps = new HashMap<>();

	private final Dehyphenator dehyphenator = new Dehyphenator();

	private int pages;

	private long lines;

	void learn(List<PdfLine> page) {
		this.pages++;
		Set<String> margins = new HashSet<>();
		PdfLine previous = null;
		for (PdfLine line : page) {
			this.lines++;
			this.dehyphenator.learn(line.text());
			if (isNearMargin(line)) {
				margins.add(marginKey(line.text()));
			}
			if (previous != null && previous.sameStyle(line) && line.baseline() > previous.baseline()) {
				int halfPoints = Math.round((line.baseline() - previous.baseline()) * 2);
				this.gaps.computeIfAbsent(line.styleKey(), k -> new HashMap<>()).merge(halfPoints, 1, Integer::sum);
			}
			previous = line;
		}
		for (String key : margins) {
			if (this.marginCounts.size() < MAX_MARGIN_KEYS || this.marginCounts.containsKey(key)) {
				this.marginCounts.merge(key, 1, Integer::sum);
			}
		}
	}

	long lines() {
		return this.lines;
	}

	Dehyphenator dehyphenator() {
		return this.dehyphenator;
	}

	/** Whether the line is a page number, or a header or footer the print repeats. */
	boolean isRunningMargin(PdfLine line) {
		if (!isNearMargin(line)) {
			return false;
		}
		String text = line.text().strip();
		if (PAGE_NUMBER.matcher(text).matches() || ENDS_IN_COUNTER.matcher(text).matches()) {
			return true;
		}
		int seen = this.marginCounts.getOrDefault(marginKey(text), 0);
		return this.pages >= 2 && seen >= 2 && seen * 2 >= this.pages;
	}

	/**
	 * The usual distance between baselines of the line's style: the most common one, or
	 * one and a half times its size when the style never runs to two lines.
	 */
	float leading(PdfLine line) {
		Map<Integer, Integer> histogram = this.gaps.get(line.styleKey());
		if (histogram == null || histogram.isEmpty()) {
			return line.size() * 1.5f;
		}
		return histogram.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 2f;
	}

	private static boolean isNearMargin(PdfLine line) {
		return line.fromTop() < MARGIN_LINES || line.fromBottom() < MARGIN_LINES;
	}

	/** Headers differ only in their numbers from page to page (dates, page counters). */
	private static String marginKey(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
	}

}
