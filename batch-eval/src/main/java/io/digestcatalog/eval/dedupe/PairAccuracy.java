package io.digestcatalog.eval.dedupe;

/**
 * Pairwise accuracy: predicted pairs against true pairs.
 *
 * @param truePositives predicted pairs that are true
 * @param predicted pairs predicted
 * @param actual true pairs
 */
public record PairAccuracy(long truePositives, long predicted, long actual) {

	public PairAccuracy {
		if (truePositives < 0 || truePositives > predicted || truePositives > actual) {
			throw new IllegalArgumentException(
					"inconsistent counts: " + truePositives + " of " + predicted + " predicted, " + actual + " true");
		}
	}

	public double precision() {
		return (this.predicted == 0) ? 1 : (double) this.truePositives / this.predicted;
	}

	public double recall() {
		return (this.actual == 0) ? 1 : (double) this.truePositives / this.actual;
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

}
