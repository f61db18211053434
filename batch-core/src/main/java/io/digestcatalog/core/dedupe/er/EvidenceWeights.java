package io.digestcatalog.core.dedupe.er;

import java.util.Locale;

/**
 * The evidence each feature gives, in bits: log2 of how much likelier the observed value
 * is for two sightings of one paper than for two different papers that blocking put side
 * by side. The weights are set from general properties of bibliographic data, not fitted
 * to a benchmark:
 * <ul>
 * <li>title: near-identical titles are rare between different papers (+6 at 1.0, 40 bits
 * per unit of similarity); 0.85 is where typos and subtitles of one paper meet different
 * papers on one topic (0 bits); a title that is the other plus a subtitle counts +2 at
 * least; titles below 0.8 never reach the weights (see
 * {@link MatchScorer#TITLE_GATE});</li>
 * <li>authors: an author list shared in full is strong (+3, +4 with two or more names),
 * one list contained in a list more than twice as long ("et al.", an editor among
 * contributors) or half shared is weaker (+1.5), a few shared names weigh against (-1);
 * no author in common between two known lists is strong evidence against (-6), as
 * versions of a paper keep their authors;</li>
 * <li>year: versions of a paper (preprint, report, publication) appear over a few years,
 * so a gap counts only mildly against (0 for one year, -1.5 for 2-3 years, -3
 * beyond);</li>
 * <li>venue: spelled too differently across sources to count against by itself, agreement
 * adds +0.5; but two different venues in two different years (neither a preprint nor a
 * report) are a paper and its later version, another publication with its own DOI (-10,
 * decisive unless the abstracts agree);</li>
 * <li>abstract: versions keep most of their abstract (+4 at Dice 0.6, or when one is the
 * start of the other: 90% of a cut abstract's words, twenty at least, in the whole one);
 * unrelated abstracts share only common words (-4 below Dice 0.25), and abstracts that
 * share almost nothing, not even as a part of the other (below 0.25 and under 40% of the
 * shorter's words), are two texts: -8, more than the most similar title gives, as every
 * source prints a paper's own abstract and two papers often share a title;</li>
 * <li>variants: titles that differ in a version, size or variant token ("Nano" and
 * "Super", "3" and "3.5", "-V2", see {@link VariantTokens}) name two members of a family
 * (-12, decisive unless the ids say otherwise);</li>
 * <li>a title cut by a layout ("…") that is the start of the other: +2, as a title and
 * its subtitle, and only with the abstract or the authors to confirm (see
 * {@link MatchScorer});</li>
 * <li>prior: -2 bits, as most pairs that blocking proposes are not matches.</li>
 * </ul>
 */
final class EvidenceWeights {

	static final double PRIOR = -2;

	static final double SAME_ABSTRACT = 0.6;

	static final double LATER_VERSION = -10;

	static final double VARIANT = -12;

	static final double OTHER_TEXT = -8;

	private EvidenceWeights() {
	}

	/**
	 * The weighed evidence.
	 *
	 * @param bits the posterior log2 odds of a match
	 * @param explanation each feature with its weight
	 */
	record Evidence(double bits, String explanation) {
	}

	/** The posterior log2 odds alone, as {@link #weigh} gives them. */
	static double bits(PairFeatures f) {
		return PRIOR + title(f) + authors(f) + year(f.yearGap()) + venue(f) + abstracts(f) + version(f) + variant(f);
	}

	private static double venue(PairFeatures f) {
		return (f.venue() >= 0.5) ? 0.5 : 0;
	}

	private static double version(PairFeatures f) {
		return f.laterVersion() ? LATER_VERSION : 0;
	}

	private static double variant(PairFeatures f) {
		return (f.variants().isEmpty() || f.identicalAbstract()) ? 0 : VARIANT;
	}

	static Evidence weigh(PairFeatures f) {
		double title = title(f);
		double authors = authors(f);
		double year = year(f.yearGap());
		double venue = venue(f);
		double abstracts = abstracts(f);
		double version = version(f);
		double variant = variant(f);
		double bits = bits(f);
		StringBuilder why = new StringBuilder();
		why.append(String.format(Locale.ROOT, "title %.2f (%+.1f)", f.title(), title));
		if (f.prefix()) {
			why.append(" as a cut title and its whole");
		}
		else if (f.subtitle()) {
			why.append(" as title and subtitle");
		}
		if (!f.variants().isEmpty()) {
			why.append(String.format(Locale.ROOT, ", variants differ %s (%+.1f)",
					f.variants().stream().sorted().toList(), variant));
		}
		why.append(f.authorsKnown() ? String.format(Locale.ROOT, ", authors %.1f of %d/%d (%+.1f)", f.authorsMatched(),
				f.authorsA(), f.authorsB(), authors) : ", authors unknown");
		why.append((f.yearGap() == null) ? ", year unknown"
				: String.format(Locale.ROOT, ", year gap %d (%+.1f)", f.yearGap(), year));
		if (!Double.isNaN(f.venue())) {
			why.append(String.format(Locale.ROOT, ", venue %.2f (%+.1f)", f.venue(), venue));
		}
		if (f.laterVersion()) {
			why.append(String.format(Locale.ROOT, ", other venue in another year (%+.1f)", version));
		}
		if (!Double.isNaN(f.abstractSimilarity())) {
			why.append(String.format(Locale.ROOT, ", abstract %.2f, contained %.2f (%+.1f)", f.abstractSimilarity(),
					f.abstractContainment(), abstracts));
		}
		why.append(String.format(Locale.ROOT, ", prior %+.1f", PRIOR));
		return new Evidence(bits, why.toString());
	}

	static double title(PairFeatures f) {
		double bits = Math.max(-8, Math.min(6, 40 * (f.title() - 0.85)));
		// one title is the other plus a subtitle, or was cut from it: as good as a fairly
		// similar title
		return (f.subtitle() || f.prefix()) ? Math.max(bits, 2) : bits;
	}

	static double authors(PairFeatures f) {
		if (!f.authorsKnown()) {
			return 0;
		}
		double overlap = f.authorOverlap();
		if (overlap >= 1 && f.authorCoverage() >= 0.5) {
			return (f.authorsMatched() >= 2) ? 4 : 3;
		}
		if (overlap >= 0.5) {
			return 1.5;
		}
		return (overlap > 0) ? -1 : -6;
	}

	static double year(Integer gap) {
		if (gap == null) {
			return 0;
		}
		if (gap == 0) {
			return 0.5;
		}
		if (gap == 1) {
			return 0;
		}
		return (gap <= 3) ? -1.5 : -3;
	}

	static double abstracts(PairFeatures f) {
		double dice = f.abstractSimilarity();
		if (Double.isNaN(dice)) {
			return 0;
		}
		if (f.sameAbstract()) {
			return 4;
		}
		if (dice >= 0.4) {
			return 1;
		}
		if (dice < 0.25) {
			// only abstracts long enough to be told apart are two texts
			boolean twoTexts = f.abstractWords() >= PairFeatures.CONTAINMENT_WORDS && f.abstractContainment() < 0.4;
			return twoTexts ? OTHER_TEXT : -4;
		}
		return 0;
	}

}
