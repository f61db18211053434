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
 * @param prefix one title was cut by a layout ("…") and is the start of the other
 * @param abstractContainment abstract words shared over the shorter abstract's words (a
 * cut abstract is contained in the whole one), or NaN
 * @param abstractWords distinct content words of the shorter abstract, 0 when one lacks
 * an abstract
 * @param variants the version, size or variant tokens one title has and the other lacks
 * ("nano" / "super", "3" / "3.5", "v2")
 */
record PairFeatures(double title, boolean subtitle, double authorsMatched, int authorsA, int authorsB, Integer yearGap,
		double venue, double abstractSimilarity, boolean laterVersion, boolean prefix, double abstractContainment,
		int abstractWords, Set<String> variants) {

	/**
	 * Distinct words an abstract needs before its containment in another says anything.
	 */
	static final int CONTAINMENT_WORDS = 20;

	/** Venue similarity below which two venue names are different venues. */
	static final double DIFFERENT_VENUE = 0.3;

	static PairFeatures compare(RecordProfile a, RecordProfile b) {
		List<String> wordsA = a.title().words();
		List<String> wordsB = b.title().words();
		int matched = StringSimilarity.matchedWords(wordsA, wordsB);
		double dice = (wordsA.isEmpty() || wordsB.isEmpty()) ? 0 : 2.0 * matched / (wordsA.size() + wordsB.size());
		double chars = (wordsA.isEmpty() || wordsB.isEmpty()) ? 0 : characters(a.title(), b.title(), dice);
		Integer gap = (a.year() == null || b.year() == null) ? null : Math.abs(a.year() - b.year());
		List<String> abstractA = a.abstractWords();
		List<String> abstractB = b.abstractWords();
		int shared = sharedWords(abstractA, abstractB);
		boolean abstracts = !abstractA.isEmpty() && !abstractB.isEmpty();
		return new PairFeatures(Math.max(dice, chars), subtitle(wordsA, wordsB),
				AuthorMatching.matched(a.authors(), b.authors()), a.authors().size(), b.authors().size(), gap,
				venueSimilarity(a, b), abstracts ? 2.0 * shared / (abstractA.size() + abstractB.size()) : Double.NaN,
				laterVersion(a, b, gap), prefix(a.title(), b.title()),
				abstracts ? (double) shared / Math.min(abstractA.size(), abstractB.size()) : Double.NaN,
				abstracts ? Math.min(abstractA.size(), abstractB.size()) : 0,
				VariantTokens.conflict(a.title(), b.title()));
	}

	/**
	 * A title cut by a layout is the start of the other: its words are the other's first
	 * words, the last one perhaps cut inside.
	 */
	static boolean prefix(TitleAnalysis a, TitleAnalysis b) {
		if (!a.truncated() && !b.truncated()) {
			return false;
		}
		TitleAnalysis cut = (a.truncated() && (!b.truncated() || a.words().size() <= b.words().size())) ? a : b;
		TitleAnalysis other = (cut == a) ? b : a;
		List<String> start = cut.words();
		List<String> whole = other.words();
		if (start.isEmpty() || start.size() > whole.size()) {
			return false;
		}
		for (int i = 0; i < start.size() - 1; i++) {
			if (!StringSimilarity.sameWord(start.get(i), whole.get(i))) {
				return false;
			}
		}
		String last = start.get(start.size() - 1);
		String there = whole.get(start.size() - 1);
		return there.startsWith(last) || StringSimilarity.sameWord(last, there);
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

	/** Words of two lists of distinct words found in both. */
	private static int sharedWords(List<String> a, List<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return shared.size();
	}

	/**
	 * The abstracts are one text, or one is the start of the other (a layout cut it): at
	 * Dice {@value EvidenceWeights#SAME_ABSTRACT}, or contained in the other with enough
	 * words to say so.
	 */
	boolean sameAbstract() {
		return this.abstractSimilarity >= EvidenceWeights.SAME_ABSTRACT
				|| (this.abstractWords >= CONTAINMENT_WORDS && this.abstractContainment >= 0.9);
	}

	/**
	 * One abstract printed twice (Dice 0.9, twenty words at least): two different papers
	 * never have it, so it outweighs what a title lost or gained (a version an editor
	 * dropped).
	 */
	boolean identicalAbstract() {
		return this.abstractWords >= CONTAINMENT_WORDS && this.abstractSimilarity >= 0.9;
	}

	/**
	 * The authors agree: both lists known and the shorter one found in the longer, two
	 * names at least.
	 */
	boolean sameAuthors() {
		return authorsKnown() && authorOverlap() >= 1 && this.authorsMatched >= 2;
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
