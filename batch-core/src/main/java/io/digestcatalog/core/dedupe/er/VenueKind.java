package io.digestcatalog.core.dedupe.er;

import java.util.regex.Pattern;

/**
 * What kind of publication a venue is, read from its name. A journal article and a
 * conference paper are different publications (different DOIs) even when title and
 * authors agree; a preprint or a technical report is an early version of either.
 */
enum VenueKind {

	JOURNAL, CONFERENCE, REPORT, PREPRINT, OTHER;

	private static final Pattern PREPRINT_WORDS = Pattern.compile("\\b(?:arxiv|corr|preprint|biorxiv|medrxiv|ssrn|"
			+ "submitted|in press|to appear|forthcoming|manuscript|draft|in preparation)\\b");

	private static final Pattern JOURNAL_WORDS = Pattern.compile("\\b(?:journal|j|trans|transactions|letters|"
			+ "magazine|bulletin|review|record|quarterly|annals|acta)\\b");

	private static final Pattern CONFERENCE_WORDS = Pattern
		.compile("\\b(?:conference|conf|proceedings|proc|" + "symposium|symp|workshop|congress|colloquium|meeting)\\b");

	private static final Pattern REPORT_WORDS = Pattern.compile("\\b(?:report|technical|tr|thesis|dissertation|"
			+ "university|univ|department|dept|institute|laboratory|lab|school|college)\\b");

	/** OTHER when the name says none of the kinds, or more than one. */
	static VenueKind of(String venue) {
		if (venue == null || venue.isBlank()) {
			return OTHER;
		}
		String folded = TextFolding.fold(venue);
		if (PREPRINT_WORDS.matcher(folded).find()) {
			return PREPRINT;
		}
		boolean journal = JOURNAL_WORDS.matcher(folded).find();
		boolean conference = CONFERENCE_WORDS.matcher(folded).find();
		boolean report = REPORT_WORDS.matcher(folded).find();
		int kinds = (journal ? 1 : 0) + (conference ? 1 : 0) + (report ? 1 : 0);
		if (kinds != 1) {
			return OTHER;
		}
		return journal ? JOURNAL : (conference ? CONFERENCE : REPORT);
	}

	/** A final publication: a journal article or a conference paper. */
	boolean isPublication() {
		return this == JOURNAL || this == CONFERENCE;
	}

	/** An early version (preprint, report) that a later publication supersedes. */
	boolean isEarlyVersion() {
		return this == PREPRINT || this == REPORT;
	}

	/** Both are publications of different kinds. */
	boolean differsFrom(VenueKind other) {
		return isPublication() && other.isPublication() && this != other;
	}

}
