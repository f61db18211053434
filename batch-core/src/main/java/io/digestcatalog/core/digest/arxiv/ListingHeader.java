package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.time.LocalDate;

/**
 * What precedes a listing's first entry: the mailing list's notes and the line
 * {@code received from Thu 22 Jan 26 19:00:00 GMT to Fri 23 Jan 26 19:00:00 GMT}, whose
 * end dates the digest.
 *
 * @param until the end of the submission window, or {@code null} when no line names it
 * @param raw the header as read, cut to a few kilobytes, for quarantine
 * @param entryLine the {@code \\} line that opens the first entry, or {@code null} when
 * the input ended first
 */
record ListingHeader(LocalDate until, String raw, String entryLine) {

	private static final int MAX_RAW = 2048;

	/** Reads up to and including the line that opens the first entry. */
	static ListingHeader read(BoundedLineReader lines) throws IOException {
		LocalDate until = null;
		StringBuilder raw = new StringBuilder();
		String line;
		while ((line = lines.next()) != null && ListingLine.of(line) != ListingLine.BACKSLASHES) {
			if (until == null) {
				until = ListingDates.receivedUntil(line);
			}
			if (raw.length() < MAX_RAW) {
				raw.append(line).append('\n');
			}
		}
		return new ListingHeader(until, raw.toString(), line);
	}

	/** Whether this is a listing at all: it names its window or opens an entry. */
	boolean isListing() {
		return this.until != null || this.entryLine != null;
	}

}
