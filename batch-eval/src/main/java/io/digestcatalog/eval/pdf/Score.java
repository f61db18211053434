package io.digestcatalog.eval.pdf;

import java.util.Locale;

/**
 * Hits out of checks, e.g. titles that match the ground truth out of titles known.
 *
 * @param hits how many checks passed
 * @param total how many checks there were
 */
public record Score(int hits, int total) {

	public Score {
		if (hits < 0 || total < hits) {
			throw new IllegalArgumentException("a score needs 0 <= hits <= total: " + hits + "/" + total);
		}
	}

	/** The share of hits, 0 when nothing was checked. */
	public double rate() {
		return (this.total == 0) ? 0 : (double) this.hits / this.total;
	}

	Score plus(boolean hit) {
		return new Score(this.hits + (hit ? 1 : 0), this.total + 1);
	}

	Score plus(int moreHits, int moreTotal) {
		return new Score(this.hits + moreHits, this.total + moreTotal);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%d/%d (%.1f%%)", this.hits, this.total, 100 * rate());
	}

}
