package io.digestcatalog.core.dedupe.er;

import java.util.Objects;

/**
 * One link between two records, as accepted into a cluster or refused by the clustering
 * guard, with its reason. The two ids are in ascending order.
 *
 * @param recordA the smaller record id
 * @param recordB the larger record id
 * @param rule the rule that linked the pair
 * @param score 1 for a key or an operator, else the similarity score in [0, 1]
 * @param reason the rule or the features that drove the decision (and, for a refused
 * link, the conflict that refused it)
 */
public record MergeDecision(String recordA, String recordB, MatchRule rule, double score, String reason) {

	/** Joins a refused link's refusal and its reason in {@link #reason}. */
	public static final String REFUSAL_SEPARATOR = " | link: ";

	public MergeDecision {
		Objects.requireNonNull(recordA, "recordA");
		Objects.requireNonNull(recordB, "recordB");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(reason, "reason");
		if (recordA.compareTo(recordB) >= 0) {
			throw new IllegalArgumentException(
					"record ids must be distinct and ascending: " + recordA + ", " + recordB);
		}
		if (!(score >= 0 && score <= 1)) {
			throw new IllegalArgumentException("score out of [0, 1]: " + score);
		}
	}

}
