package io.digestcatalog.core.dedupe.er;

/**
 * A pair the matcher linked, between two records of an index by position. Whether the
 * clustering guard refused it is decided again whenever its component is rebuilt.
 */
final class Link {

	final int a;

	final int b;

	final MatchRule rule;

	final double score;

	final String reason;

	/** Why the guard refused the link, or null while it is accepted. */
	String refusal;

	Link(int a, int b, MatchRule rule, double score, String reason) {
		this.a = a;
		this.b = b;
		this.rule = rule;
		this.score = score;
		this.reason = reason;
	}

	int other(int record) {
		return (record == this.a) ? this.b : this.a;
	}

}
