package io.digestcatalog.core.dedupe.er;

/**
 * Counts of one resolution, for monitoring and benchmarks.
 *
 * @param records records resolved
 * @param candidatePairs pairs that blocking proposed and the matcher compared, over the
 * index's whole life
 * @param links pairs the matcher linked (operator must-links included)
 * @param refused links the clustering guard refused
 * @param clusters clusters, singletons included
 */
public record ResolutionStats(int records, long candidatePairs, long links, long refused, int clusters) {

	public double candidatePairsPerRecord() {
		return (this.records == 0) ? 0 : (double) this.candidatePairs / this.records;
	}

}
