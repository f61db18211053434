package io.digestcatalog.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.RejectedEntry;

/** Entries and rejected entries read per format, kept in the step's execution context. */
final class FormatTally {

	private static final String PREFIX = "format.";

	private final Map<String, long[]> counts = new TreeMap<>();

	void count(DigestItem item) {
		long[] c = this.counts.computeIfAbsent(item.digest().format(), f -> new long[2]);
		c[(item instanceof RejectedEntry) ? 1 : 0]++;
	}

	void restore(ExecutionContext context) {
		this.counts.clear();
		for (var entry : context.entrySet()) {
			String key = entry.getKey();
			if (key.startsWith(PREFIX) && key.endsWith(".entries")) {
				String format = key.substring(PREFIX.length(), key.length() - ".entries".length());
				this.counts.put(format,
						new long[] { context.getLong(key), context.getLong(PREFIX + format + ".rejected", 0) });
			}
		}
	}

	void save(ExecutionContext context) {
		this.counts.forEach((format, c) -> {
			context.putLong(PREFIX + format + ".entries", c[0]);
			context.putLong(PREFIX + format + ".rejected", c[1]);
		});
	}

	/** The counts saved in a context, per format, sorted by name. */
	static List<IngestSummary.FormatCount> of(ExecutionContext context) {
		FormatTally tally = new FormatTally();
		tally.restore(context);
		List<IngestSummary.FormatCount> list = new ArrayList<>();
		tally.counts.forEach((format, c) -> list.add(new IngestSummary.FormatCount(format, c[0], c[1])));
		return list;
	}

}
