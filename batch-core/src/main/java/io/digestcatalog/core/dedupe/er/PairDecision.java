package io.digestcatalog.core.dedupe.er;

import java.util.Objects;

/**
 * The verdict on one pair of records, with its reason.
 *
 * @param match whether the two records are one paper
 * @param rule the rule that decided: a shared or conflicting key, or similarity
 * @param score the probability-like score in [0, 1] (1 for a shared key, 0 for a
 * conflict)
 * @param reason the rule or the features that drove the verdict, for an operator
 */
public record PairDecision(boolean match, MatchRule rule, double score, String reason) {

	public PairDecision {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(reason, "reason");
		if (!(score >= 0 && score <= 1)) {
			throw new IllegalArgumentException("score out of [0, 1]: " + score);
		}
	}

	static PairDecision link(MatchRule rule, double score, String reason) {
		return new PairDecision(true, rule, score, reason);
	}

	static PairDecision apart(MatchRule rule, double score, String reason) {
		return new PairDecision(false, rule, score, reason);
	}

}
