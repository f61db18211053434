package io.digestcatalog.core.digest.arxiv;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.ResolvedDate;

/**
 * The feed-level dates read before the first entry: Atom's {@code <updated>}, RSS's
 * {@code <pubDate>} (the announcement day), {@code <lastBuildDate>} or {@code dc:date}.
 */
final class FeedHeader {

	/** The words that tell the operator where the date came from. */
	private static final Map<String, String> SOURCES = Map.of("updated", "the feed's updated time", "pubDate",
			"the feed's pubDate", "lastBuildDate", "the feed's lastBuildDate", "date", "the feed's dc:date");

	/** In order of preference. */
	private static final List<String> ORDER = List.of("updated", "pubDate", "lastBuildDate", "date");

	private final Map<String, LocalDate> dates = new LinkedHashMap<>();

	/** Whether an element, child of {@code parent}, is a feed-level date. */
	boolean wants(String name, String parent) {
		return ("feed".equals(parent) && "updated".equals(name))
				|| ("channel".equals(parent) && ORDER.contains(name) && !"updated".equals(name));
	}

	void date(String name, String text) {
		LocalDate date = FeedDates.parse(text);
		if (date != null) {
			this.dates.putIfAbsent(name, date);
		}
	}

	ResolvedDate resolve(DigestDateHint hint) {
		for (String name : ORDER) {
			if (this.dates.containsKey(name)) {
				return hint.resolve(this.dates.get(name), SOURCES.get(name));
			}
		}
		return hint.resolve((LocalDate) null, "the feed");
	}

}
