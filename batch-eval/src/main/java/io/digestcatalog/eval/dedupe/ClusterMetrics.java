package io.digestcatalog.eval.dedupe;

import java.util.HashMap;
import java.util.Map;

/**
 * Cluster-level accuracy of a predicted clustering against true clusters, both given as
 * record id to cluster label, over the records the truth labels. Pairwise: every pair of
 * records in one cluster is a pair (the transitive closure). Computed from the
 * contingency of the two labellings, so a million records cost no pair enumeration.
 */
public final class ClusterMetrics {

	private ClusterMetrics() {
	}

	public static PairAccuracy pairwise(Map<String, String> predicted, Map<String, String> truth) {
		Contingency c = Contingency.of(predicted, truth);
		long tp = 0;
		for (int n : c.cells.values()) {
			tp += pairs(n);
		}
		long predictedPairs = 0;
		for (int n : c.predictedSizes.values()) {
			predictedPairs += pairs(n);
		}
		long truePairs = 0;
		for (int n : c.trueSizes.values()) {
			truePairs += pairs(n);
		}
		return new PairAccuracy(tp, predictedPairs, truePairs);
	}

	public static BCubed bCubed(Map<String, String> predicted, Map<String, String> truth) {
		Contingency c = Contingency.of(predicted, truth);
		double precision = 0;
		double recall = 0;
		for (Map.Entry<String, Integer> cell : c.cells.entrySet()) {
			int n = cell.getValue();
			String[] labels = cell.getKey().split("\u0000", 2);
			// each of the n records in the cell scores n / |cluster|
			precision += (double) n * n / c.predictedSizes.get(labels[0]);
			recall += (double) n * n / c.trueSizes.get(labels[1]);
		}
		int records = truth.size();
		return new BCubed(precision / records, recall / records);
	}

	private static long pairs(long n) {
		return n * (n - 1) / 2;
	}

	private record Contingency(Map<String, Integer> cells, Map<String, Integer> predictedSizes,
			Map<String, Integer> trueSizes) {

		static Contingency of(Map<String, String> predicted, Map<String, String> truth) {
			Map<String, Integer> cells = new HashMap<>();
			Map<String, Integer> predictedSizes = new HashMap<>();
			Map<String, Integer> trueSizes = new HashMap<>();
			truth.forEach((record, trueLabel) -> {
				String predictedLabel = predicted.get(record);
				if (predictedLabel == null) {
					throw new IllegalArgumentException("record " + record + " was not resolved");
				}
				cells.merge(predictedLabel + "\u0000" + trueLabel, 1, Integer::sum);
				predictedSizes.merge(predictedLabel, 1, Integer::sum);
				trueSizes.merge(trueLabel, 1, Integer::sum);
			});
			return new Contingency(cells, predictedSizes, trueSizes);
		}

	}

}
