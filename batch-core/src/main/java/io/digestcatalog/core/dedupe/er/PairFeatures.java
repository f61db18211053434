package io.digestcatalog.core.dedupe.er;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How two records compare, feature by feature; a feature one side lacks is unknown
 * ({@code NaN} or null), which is no evidence either way.
 *
 * @param title title similarity in [0, 1]: the better of word Dice and character
 * Levenshtein over the folded titles
 * @param subtitle the shorter title is the start of the longer one (a title and its
 * subtitle), with at least three words
 * @param authorsMatched authors matched one-to-one (surname and first initial; a surname
 * alone counts half)
 * @param authorsA readable authors of the first record
 * @param authorsB readable authors of the second record
 * @param yearGap absolute difference of the years, or null
 * @param venue venue word similarity, or NaN
 * @param abstractSimilarity abstract word Dice, or NaN
 * @param laterVersion both venues are final publications (not a preprint or report) with
 * different names, in different years: a paper and its later version elsewhere
 */
record PairFeatures(double title, boolean subtitle, double authorsMatched, int authorsA, int authorsB, Integer yearGap,
		double venue, double abstractSimilarity, boolean laterVersion) {

	/** Venue similarity below which two venue names are different venues. */
	static final double DIFFERENT_VENUE = 0.3;

	static PairFeatures compare(RecordProfile a, RecordProfile b) {
		List<String> wordsA = a.title().words();
		List<String> wordsB = b.title().words();
		int matched = StringSimilarity.matchedWords(wordsA, wordsB);
		double dice = (wordsA.isEmpty() || wordsB.isEmpty()) ? 0 : 2.0 * matched / (wordsA.size() + wordsB.size());
		double chars = (wordsA.isEmpty() || wordsB.isEmpty()) ? 0 : characters(a.title(), b.title(), dice);
		Integer gap = (a.year() == null || b.year() == null) ? null : Math.abs(a.year() - b.year());
		return new PairFeatures(Math.max(dice, chars), subtitle(wordsA, wordsB),
				AuthorMatching.matched(a.authors(), b.authors()), a.authors().size(), b.authors().size(), gap,
				venueSimilarity(a, b), exactDice(a.abstractWords(), b.abstractWords()), laterVersion(a, b, gap));
	}

	private static boolean laterVersion(RecordProfile a, RecordProfile b, Integer gap) {
		if (gap == null || gap == 0 || a.venueWords().isEmpty() || b.venueWords().isEmpty()
				|| a.venueKind().isEarlyVersion() || b.venueKind().isEarlyVersion()) {
			return false;
		}
		return venueSimilarity(a, b) < DIFFERENT_VENUE;
	}

	/**
	 * Character similarity, which catches words split or joined ("data base",
	 * "database"); only where it can lift the title to the gate (else 0), as the
	 * quadratic edit distance would dominate the cost of a pair.
	 */
	private static double characters(TitleAnalysis a, TitleAnalysis b, double words) {
		if (words >= 1) {
			return 0;
		}
		return StringSimilarity.levenshteinAtLeast(a.folded(), b.folded(), Math.max(words, MatchScorer.TITLE_GATE));
	}

	private static boolean subtitle(List<String> a, List<String> b) {
		List<String> shorter = (a.size() <= b.size()) ? a : b;
		List<String> longer = (shorter == a) ? b : a;
		if (shorter.size() < 3 || shorter.size() == longer.size()) {
			return false;
		}
		for (int i = 0; i < shorter.size(); i++) {
			if (!StringSimilarity.sameWord(shorter.get(i), longer.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static double exactDice(List<String> a, List<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return Double.NaN;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return 2.0 * shared.size() / (a.size() + b.size());
	}

	/**
	 * Word Dice of the venue names, or 1 when one is the other's acronym ("VLDB", "Very
	 * Large Data Bases"); 0 when their kinds differ, as a conference and its journal
	 * share a name ("VLDB", "VLDB J.") but are different venues.
	 */
	private static double venueSimilarity(RecordProfile a, RecordProfile b) {
		List<String> wordsA = a.venueWords();
		List<String> wordsB = b.venueWords();
		if (wordsA.isEmpty() || wordsB.isEmpty()) {
			return Double.NaN;
		}
		if (a.venueKind() != b.venueKind()) {
			return 0;
		}
		return Math.max(StringSimilarity.dice(wordsA, wordsB), acronym(wordsA, wordsB));
	}

	/** "VLDB" against "Very Large Data Bases". */
	private static double acronym(List<String> a, List<String> b) {
		List<String> shortOne = (a.size() <= b.size()) ? a : b;
		List<String> longOne = (shortOne == a) ? b : a;
		StringBuilder initials = new StringBuilder();
		for (String word : longOne) {
			initials.append(word.charAt(0));
		}
		for (String word : shortOne) {
			if (word.length() >= 3 && initials.indexOf(word) >= 0) {
				return 1;
			}
		}
		return 0;
	}

	boolean authorsKnown() {
		return this.authorsA > 0 && this.authorsB > 0;
	}

	/**
	 * Matched authors over the longer list: low when one list is a small part of the
	 * other (an editor against the contributors of a column).
	 */
	double authorCoverage() {
		return authorsKnown() ? this.authorsMatched / Math.max(this.authorsA, this.authorsB) : Double.NaN;
	}

	/** Matched authors over the shorter list (lists are often cut to "et al."). */
	double authorOverlap() {
		return authorsKnown() ? this.authorsMatched / Math.min(this.authorsA, this.authorsB) : Double.NaN;
	}

}
