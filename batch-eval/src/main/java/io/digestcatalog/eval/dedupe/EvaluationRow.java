package io.digestcatalog.eval.dedupe;

import java.util.Locale;

/**
 * One line of the evaluation table.
 *
 * @param benchmark what was resolved
 * @param records records resolved
 * @param pairwise pairwise accuracy (DBLP-ACM: cross-file pairs; else the transitive
 * closure of the clusters)
 * @param bCubed B-cubed accuracy, or null where not measured (DBLP-ACM)
 * @param candidatePairsPerRecord pairs compared per record
 * @param seconds wall time of the resolution
 * @param peakHeapMegabytes peak heap used during the resolution, in MiB
 */
public record EvaluationRow(String benchmark, int records, PairAccuracy pairwise, BCubed bCubed,
		double candidatePairsPerRecord, double seconds, long peakHeapMegabytes) {

	public static final String HEADER = String.format(Locale.ROOT, "%-22s %9s %9s %9s %9s %9s %10s %11s %9s %9s",
			"benchmark", "records", "precision", "recall", "F1", "B3-F1", "cand/rec", "records/s", "seconds",
			"heap MiB");

	public double recordsPerSecond() {
		return this.records / this.seconds;
	}

	public String format() {
		String b3 = (this.bCubed == null) ? "-" : String.format(Locale.ROOT, "%.4f", this.bCubed.f1());
		return String.format(Locale.ROOT, "%-22s %9d %9.4f %9.4f %9.4f %9s %10.2f %11.0f %9.1f %9d", this.benchmark,
				this.records, this.pairwise.precision(), this.pairwise.recall(), this.pairwise.f1(), b3,
				this.candidatePairsPerRecord, recordsPerSecond(), this.seconds, this.peakHeapMegabytes);
	}

}
