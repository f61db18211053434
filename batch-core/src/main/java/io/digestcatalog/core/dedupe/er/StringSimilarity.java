package io.digestcatalog.core.dedupe.er;

import java.util.List;

/**
 * The string and word-list similarities the matcher uses, each in [0, 1]. Written here
 * rather than taken from a library: they are a few lines each, allocate almost nothing
 * (they run on every candidate pair of a million records), and the word-list measures
 * need the tolerant word equality below, which no library offers.
 */
final class StringSimilarity {

	private StringSimilarity() {
	}

	/**
	 * The Levenshtein similarity when it is at least {@code floor}, else 0: a banded edit
	 * distance that stops as soon as the floor is out of reach, several times cheaper
	 * than the full one on dissimilar strings.
	 */
	static double levenshteinAtLeast(String a, String b, double floor) {
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1;
		}
		int limit = (int) Math.floor((1 - floor) * longer);
		if (Math.abs(a.length() - b.length()) > limit) {
			return 0;
		}
		int distance = boundedEditDistance(a, b, limit);
		return (distance > limit) ? 0 : 1.0 - (double) distance / longer;
	}

	/**
	 * The edit distance if at most {@code limit}, else {@code limit + 1}. Two
	 * neighbouring letters swapped count as one edit (the optimal string alignment
	 * distance), as the commonest typing slip should not weigh twice.
	 */
	static int boundedEditDistance(String a, String b, int limit) {
		int n = a.length();
		int m = b.length();
		int big = limit + 1;
		int[] before = new int[m + 1];
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		java.util.Arrays.fill(before, big);
		for (int j = 0; j <= m; j++) {
			previous[j] = Math.min(j, big);
		}
		for (int i = 1; i <= n; i++) {
			int from = Math.max(1, i - limit);
			int to = Math.min(m, i + limit);
			current[0] = Math.min(i, big);
			if (from > 1) {
				current[from - 1] = big;
			}
			int rowMin = current[0];
			char c = a.charAt(i - 1);
			for (int j = from; j <= to; j++) {
				int substitution = previous[j - 1] + ((c == b.charAt(j - 1)) ? 0 : 1);
				int value = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				if (i > 1 && j > 1 && c == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, before[j - 2] + 1);
				}
				current[j] = Math.min(value, big);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (to < m) {
				current[to + 1] = big;
			}
			if (rowMin > limit) {
				return big;
			}
			int[] swap = before;
			before = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[m], big);
	}

	/**
	 * Two words are the same word when equal, or when long enough that one edit or a
	 * plural/inflection suffix cannot make them another word ("optimisation",
	 * "optimization"; "tree", "trees").
	 */
	static boolean sameWord(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		int shorter = Math.min(a.length(), b.length());
		if (shorter < 4) {
			return false;
		}
		if (Math.abs(a.length() - b.length()) <= 2 && commonPrefix(a, b) >= shorter) {
			return true;
		}
		return shorter >= 6 && Math.abs(a.length() - b.length()) <= 1 && boundedEditDistance(a, b, 1) <= 1;
	}

	private static int commonPrefix(String a, String b) {
		int n = Math.min(a.length(), b.length());
		int i = 0;
		while (i < n && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	/**
	 * Words of {@code a} matched one-to-one to words of {@code b} by {@link #sameWord},
	 * exact matches first.
	 */
	static int matchedWords(List<String> a, List<String> b) {
		boolean[] used = new boolean[b.size()];
		boolean[] done = new boolean[a.size()];
		int matched = 0;
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < a.size(); i++) {
				if (done[i]) {
					continue;
				}
				for (int j = 0; j < b.size(); j++) {
					boolean same = (pass == 0) ? a.get(i).equals(b.get(j)) : sameWord(a.get(i), b.get(j));
					if (!used[j] && same) {
						used[j] = true;
						done[i] = true;
						matched++;
						break;
					}
				}
			}
		}
		return matched;
	}

	/** Dice coefficient of two word lists under tolerant word equality. */
	static double dice(List<String> a, List<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		return 2.0 * matchedWords(a, b) / (a.size() + b.size());
	}

	/** Jaro-Winkler similarity, for surnames with a typo. */
	static double jaroWinkler(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
		boolean[] matchedA = new boolean[a.length()];
		boolean[] matchedB = new boolean[b.length()];
		int matches = 0;
		for (int i = 0; i < a.length(); i++) {
			for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
				if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
					matchedA[i] = true;
					matchedB[j] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0;
		}
		int transpositions = 0;
		for (int i = 0, j = 0; i < a.length(); i++) {
			if (matchedA[i]) {
				while (!matchedB[j]) {
					j++;
				}
				transpositions += (a.charAt(i) != b.charAt(j++)) ? 1 : 0;
			}
		}
		double m = matches;
		double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
		int prefix = Math.min(4, commonPrefix(a, b));
		return jaro + prefix * 0.1 * (1 - jaro);
	}

}
