package io.digestcatalog.eval.dedupe;

/**
 * B-cubed accuracy: for each record, the share of its predicted cluster that truly
 * belongs with it (precision) and the share of its true cluster that was predicted with
 * it (recall), averaged over records. Unlike pairwise measures it does not let the
 * largest clusters dominate.
 *
 * @param precision mean per-record precision
 * @param recall mean per-record recall
 */
public record BCubed(double precision, double recall) {

	public double f1() {
		return (this.precision + this.recall == 0) ? 0
				: 2 * this.precision * this.recall / (this.precision + this.recall);
	}

}
