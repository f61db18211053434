package io.digestcatalog.core.dedupe.er;

import java.util.List;
import java.util.Locale;

/**
 * Decides whether two records are one paper. Identity keys decide first: a shared arXiv
 * id or publisher DOI links, different ones never do. Then rules that tell texts apart
 * whatever their similarity: a comment on a paper is not the paper, parts of a series
 * differ, a journal article and a conference paper are two publications. Titles must
 * agree (similarity at least {@value #TITLE_GATE}, or one the other plus a subtitle). The
 * features are then weighed as evidence in bits (log2 likelihood ratios, see
 * {@link EvidenceWeights}), added to a prior, and the pair links when the posterior odds
 * favour a match: a principled threshold (odds of 1:1), not one fitted to a benchmark.
 * Titles too short or too generic to identify a paper ("Introduction", three words or
 * fewer) link only with authors in common and the same year (within one for a short
 * title), or with the same abstract.
 * <p>
 * Two entries of one listing (a day's page, one e-mail) are two papers unless an id joins
 * them: a listing names a paper once. A title a layout cut ("…") is matched as the start
 * of the other, and links only when the abstract or the authors confirm it.
 */
final class MatchScorer {

	/**
	 * Below this title similarity, agreeing authors and years are no evidence: the same
	 * authors write many papers with related titles in one year.
	 */
	static final double TITLE_GATE = 0.8;

	private MatchScorer() {
	}

	static PairDecision decide(RecordProfile a, RecordProfile b) {
		return decide(a, b, true);
	}

	/**
	 * The verdict; with {@code explainApart} false, a pair kept apart by its features
	 * gets a short reason rather than every feature's weight: most pairs a resolver
	 * compares are apart, and only links are stored with their reasons.
	 */
	static PairDecision decide(RecordProfile a, RecordProfile b, boolean explainApart) {
		PairDecision byKeys = byKeys(a, b);
		if (byKeys != null) {
			return byKeys;
		}
		if (a.listing() != null && a.listing().equals(b.listing())) {
			return PairDecision.apart(MatchRule.SIMILARITY, 0,
					"two entries of one listing are two papers (a listing names a paper once)");
		}
		if (a.title().referring() != b.title().referring()) {
			return PairDecision.apart(MatchRule.SIMILARITY, 0,
					"one title comments on another text (addendum, reply, erratum), the other does not");
		}
		String partA = a.title().part();
		String partB = b.title().part();
		if (partA != null && partB != null && !partA.equals(partB)) {
			return PairDecision.apart(MatchRule.SIMILARITY, 0, "different parts " + partA + " and " + partB);
		}
		if (a.venueKind().differsFrom(b.venueKind())) {
			return PairDecision.apart(MatchRule.SIMILARITY, 0, "a " + a.venueKind().name().toLowerCase(Locale.ROOT)
					+ " and a " + b.venueKind().name().toLowerCase(Locale.ROOT) + " are different publications");
		}
		PairFeatures f = PairFeatures.compare(a, b);
		if (f.prefix()) {
			if (!f.sameAbstract() && !f.sameAuthors()) {
				return PairDecision.apart(MatchRule.SIMILARITY, 0,
						"a title cut short (\u2026) is the start of the other, but neither the abstract nor the "
								+ "authors confirm it");
			}
		}
		else if (f.title() < TITLE_GATE && !f.subtitle()
				&& !(f.abstractSimilarity() >= EvidenceWeights.SAME_ABSTRACT)) {
			return PairDecision.apart(MatchRule.SIMILARITY, 0, explainApart
					? String.format(Locale.ROOT, "titles differ (similarity %.2f)", f.title()) : "titles differ");
		}
		if (!f.prefix() && (a.title().weak() || b.title().weak())) {
			String missing = weakTitleShortfall(a, b, f);
			if (missing != null) {
				return PairDecision.apart(MatchRule.SIMILARITY, 0, missing);
			}
		}
		double bits = EvidenceWeights.bits(f);
		double score = 1 / (1 + Math.pow(2, -bits));
		if (bits < 0 && !explainApart) {
			return PairDecision.apart(MatchRule.SIMILARITY, score, "the evidence is against a match");
		}
		EvidenceWeights.Evidence evidence = EvidenceWeights.weigh(f);
		String reason = String.format(Locale.ROOT, "score %.3f (%+.1f bits): %s", score, evidence.bits(),
				evidence.explanation());
		return evidence.bits() >= 0 ? PairDecision.link(MatchRule.SIMILARITY, score, reason)
				: PairDecision.apart(MatchRule.SIMILARITY, score, reason);
	}

	/** The key verdict, or null when the keys leave the question open. */
	private static PairDecision byKeys(RecordProfile a, RecordProfile b) {
		boolean bothArxiv = a.arxiv() != null && b.arxiv() != null;
		if (bothArxiv && !a.arxiv().equals(b.arxiv())) {
			return PairDecision.apart(MatchRule.ARXIV_ID, 0,
					"different arXiv ids " + a.arxiv() + " and " + b.arxiv() + " are different papers");
		}
		List<String> doisA = a.publisherDois();
		List<String> doisB = b.publisherDois();
		boolean bothDoi = !doisA.isEmpty() && !doisB.isEmpty();
		String sharedDoi = doisA.stream().filter(doisB::contains).findFirst().orElse(null);
		if (bothDoi && sharedDoi == null) {
			// an arXiv DOI beside a publisher DOI is a preprint and its version: only two
			// publisher DOIs conflict
			return PairDecision.apart(MatchRule.DOI, 0,
					"different publisher DOIs " + doisA.get(0) + " and " + doisB.get(0) + " are different papers");
		}
		if (bothArxiv) {
			return PairDecision.link(MatchRule.ARXIV_ID, 1, "same arXiv id " + a.arxiv());
		}
		if (sharedDoi != null) {
			return PairDecision.link(MatchRule.DOI, 1, "same DOI " + sharedDoi);
		}
		return null;
	}

	/**
	 * What a short or generic title lacks to be linked: authors in common and the same
	 * year (within one for a short title); null when it has both.
	 */
	private static String weakTitleShortfall(RecordProfile a, RecordProfile b, PairFeatures f) {
		if (f.sameAbstract() && f.abstractWords() >= PairFeatures.CONTAINMENT_WORDS) {
			// one abstract, printed twice: it names the paper better than its authors
			// would
			return null;
		}
		boolean generic = a.title().generic() || b.title().generic();
		String kind = generic ? "generic title" : "short title";
		if (!f.authorsKnown() || f.authorCoverage() < 0.5) {
			return kind + " needs shared authors (" + f.authorsMatched() + " of " + f.authorsA() + "/" + f.authorsB()
					+ " match)";
		}
		int allowedGap = generic ? 0 : 1;
		if (f.yearGap() == null || f.yearGap() > allowedGap) {
			return kind + " needs " + (generic ? "the same year" : "years within one") + " (gap "
					+ (f.yearGap() == null ? "unknown" : f.yearGap()) + ")";
		}
		if (f.title() < 0.9 && !f.subtitle()) {
			return kind + " needs a near-identical title (similarity " + String.format(Locale.ROOT, "%.2f", f.title())
					+ ")";
		}
		return null;
	}

}
