package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The blocking keys of a record: two records are compared only when they share a key, and
 * whether they do depends on the two records alone, so candidate pairs neither depend on
 * input order nor change when other records are added (which an incremental index needs;
 * a sorted-neighbourhood window would break both).
 * <p>
 * Keys are the arXiv id, each publisher DOI, the title's first three content words (a
 * title and the same title with a subtitle share few words but their start), and MinHash
 * LSH bands over the title's content words ({@value #BANDS} bands of {@value #ROWS}
 * rows): a pair sharing a share {@code s} of its words (Jaccard) becomes a candidate with
 * probability {@code 1 - (1 - s^5)^30}: 1.00 at s = 0.75, 0.91 at 0.6, 0.61 at 0.5, but
 * 0.07 at 0.3 and 0.0003 at 0.1. A band is dropped when its rows all come from fewer than
 * three distinct words: otherwise a word that hashes low for a band would put every title
 * holding it in one bucket, and candidates would grow with the square of the records.
 * Words are cut to {@value #STEM} letters, a crude stemmer that lets plurals and
 * inflections agree. Short and generic titles, which need the same year (within one for
 * short titles) to match, are keyed by each pair of their words plus the year instead (so
 * that a typo leaves a key), so that ten thousand "Introduction"s are not all compared. A
 * record with an abstract is also keyed by the abstract's first {@value #ABSTRACT_WORDS}
 * content words: sightings of one paper print one abstract, so a title cut by a layout, a
 * misspelt short title or a renamed paper still meets its other sightings, and different
 * papers almost never open their abstracts with the same words. No library is used: the
 * scheme needs pairwise-defined keys and primitive storage for a million records (see
 * {@link BlockIndex}), and is short.
 */
final class BlockingKeys {

	static final int BANDS = 30;

	static final int ROWS = 5;

	static final int STEM = 6;

	static final int PREFIX_WORDS = 3;

	static final int ABSTRACT_WORDS = 8;

	/** The distinct words a band's rows must come from. */
	static final int DISTINCT_WORDS = 3;

	private static final long[] SEEDS = new long[BANDS * ROWS];

	static {
		long seed = 0x9E3779B97F4A7C15L;
		for (int i = 0; i < SEEDS.length; i++) {
			seed = mix(seed + i);
			SEEDS[i] = seed;
		}
	}

	private BlockingKeys() {
	}

	static long[] of(RecordProfile profile) {
		List<Long> keys = new ArrayList<>();
		if (profile.arxiv() != null) {
			keys.add(hash("arxiv:" + profile.arxiv()));
		}
		for (String doi : profile.publisherDois()) {
			keys.add(hash("doi:" + doi));
		}
		TitleAnalysis title = profile.title();
		if (title.weak()) {
			Integer year = profile.year();
			if (year != null && !title.isEmpty()) {
				addWeakTitleKeys(stems(title.words()), year, keys);
				if (!title.generic()) {
					addWeakTitleKeys(stems(title.words()), year + 1, keys);
				}
			}
			if (title.words().size() == PREFIX_WORDS) {
				keys.add(startKey(title));
			}
		}
		else {
			addBands(title.words(), keys);
			if (title.words().size() >= PREFIX_WORDS) {
				keys.add(startKey(title));
			}
		}
		List<String> opening = profile.abstractOpening(ABSTRACT_WORDS);
		if (opening.size() >= ABSTRACT_WORDS) {
			keys.add(hash("abstract:" + String.join(" ", stems(opening.subList(0, ABSTRACT_WORDS)))));
		}
		return keys.stream().mapToLong(Long::longValue).toArray();
	}

	/**
	 * Every pair of a weak title's words with the year, so that one typo still leaves a
	 * shared key.
	 */
	private static void addWeakTitleKeys(List<String> words, int year, List<Long> keys) {
		if (words.size() == 1) {
			keys.add(hash("weak:" + year + ":" + words.get(0)));
		}
		for (int i = 0; i < words.size(); i++) {
			for (int j = i + 1; j < words.size(); j++) {
				String first = (words.get(i).compareTo(words.get(j)) <= 0) ? words.get(i) : words.get(j);
				String second = (first == words.get(i)) ? words.get(j) : words.get(i);
				keys.add(hash("weak:" + year + ":" + first + " " + second));
			}
		}
	}

	private static void addBands(List<String> words, List<Long> keys) {
		List<String> stems = stems(words);
		long[] wordHashes = new long[stems.size()];
		for (int i = 0; i < wordHashes.length; i++) {
			wordHashes[i] = hash(stems.get(i));
		}
		int needed = Math.min(DISTINCT_WORDS, (int) Arrays.stream(wordHashes).distinct().count());
		for (int band = 0; band < BANDS; band++) {
			long key = mix(band + 1);
			long[] winners = new long[ROWS];
			for (int row = 0; row < ROWS; row++) {
				long seed = SEEDS[band * ROWS + row];
				long min = Long.MAX_VALUE;
				for (long h : wordHashes) {
					long value = mix(h ^ seed);
					if (value < min) {
						min = value;
						winners[row] = h;
					}
				}
				key = mix(key * 31 + min);
			}
			// a band whose rows all pick the same word or two keys titles by those words
			// alone: with a word that hashes low for the band, every title holding it
			// would meet, and candidates would grow with the square of the records
			if (Arrays.stream(winners).distinct().count() >= needed) {
				keys.add(key);
			}
		}
	}

	/** A title and the same title with a subtitle share few words but their start. */
	private static long startKey(TitleAnalysis title) {
		return hash("start:" + String.join(" ", stems(title.words().subList(0, PREFIX_WORDS))));
	}

	private static List<String> stems(List<String> words) {
		return words.stream().map(word -> (word.length() > STEM) ? word.substring(0, STEM) : word).toList();
	}

	/** FNV-1a over the characters, then mixed: stable across JVMs and runs. */
	static long hash(String text) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			h ^= text.charAt(i);
			h *= 0x100000001b3L;
		}
		return mix(h);
	}

	/** The SplitMix64 finalizer. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
