package io.digestcatalog.eval.digests;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.digestcatalog.eval.dedupe.ClusterMetrics;
import io.digestcatalog.eval.dedupe.PairAccuracy;
import io.digestcatalog.eval.digests.RealisticDigests.Sighting;

/**
 * The naive matcher a resolver must beat: word Jaccard of title and abstract together,
 * every pair of appearances compared, pairs at or above a threshold joined transitively.
 * It is given its best threshold, chosen on the truth it is scored against, which no real
 * matcher has.
 */
public final class JaccardBaseline {

	private JaccardBaseline() {
	}

	/**
	 * The baseline at one threshold.
	 *
	 * @param threshold the Jaccard similarity at which two appearances join
	 * @param paperOf each appearance's predicted cluster
	 * @param accuracy pairwise accuracy against the truth
	 */
	public record Result(double threshold, Map<String, String> paperOf, PairAccuracy accuracy) {

	}

	/** The best F1 over thresholds 0.05, 0.10, … 0.95. */
	public static Result best(Map<String, Sighting> sightings, Map<String, String> truth) {
		List<String> ids = new ArrayList<>(sightings.keySet());
		ids.sort(null);
		int[][] words = new int[ids.size()][];
		Map<String, Integer> vocabulary = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			Sighting s = sightings.get(ids.get(i));
			words[i] = wordIds(s.title() + " " + s.abstractText(), vocabulary);
		}
		List<double[]> pairs = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				double jaccard = jaccard(words[i], words[j]);
				if (jaccard >= 0.05) {
					pairs.add(new double[] { jaccard, i, j });
				}
			}
		}
		pairs.sort((a, b) -> Double.compare(b[0], a[0]));
		int[] parent = new int[ids.size()];
		Arrays.setAll(parent, i -> i);
		Result best = null;
		int next = 0;
		for (int step = 19; step >= 1; step--) {
			double threshold = step / 20.0;
			while (next < pairs.size() && pairs.get(next)[0] >= threshold - 1e-9) {
				union(parent, (int) pairs.get(next)[1], (int) pairs.get(next)[2]);
				next++;
			}
			Map<String, String> predicted = new HashMap<>();
			for (int i = 0; i < ids.size(); i++) {
				predicted.put(ids.get(i), ids.get(find(parent, i)));
			}
			PairAccuracy accuracy = ClusterMetrics.pairwise(predicted, truth);
			if (best == null || accuracy.f1() > best.accuracy().f1()) {
				best = new Result(threshold, predicted, accuracy);
			}
		}
		return best;
	}

	/** Sorted distinct ids of the lower-cased NFKC letter-and-digit runs. */
	private static int[] wordIds(String text, Map<String, Integer> vocabulary) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty())
			.mapToInt(w -> vocabulary.computeIfAbsent(w, k -> vocabulary.size()))
			.distinct()
			.sorted()
			.toArray();
	}

	private static double jaccard(int[] a, int[] b) {
		int i = 0;
		int j = 0;
		int shared = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		int union = a.length + b.length - shared;
		return (union == 0) ? 0 : (double) shared / union;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		int ra = find(parent, a);
		int rb = find(parent, b);
		if (ra != rb) {
			parent[Math.max(ra, rb)] = Math.min(ra, rb);
		}
	}

}
