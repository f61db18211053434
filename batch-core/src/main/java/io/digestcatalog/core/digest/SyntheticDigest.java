package io.digestcatalog.core.digest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A deterministic text digest of any size, for crash tests and benchmarks: the same seed
 * and count always give the same bytes. Every entry is a distinct paper with one
 * repository link.
 */
public final class SyntheticDigest {

	private static final String[] WORDS = { "sparse", "attention", "graph", "diffusion", "retrieval", "agents",
			"multimodal", "reasoning", "benchmark", "robust", "efficient", "transformer", "policy", "reward",
			"segmentation", "video", "language", "vision", "scaling", "alignment" };

	private SyntheticDigest() {
	}

	/** Writes {@code count} entries under a Daily Papers style header dated "Jul 29". */
	public static Path write(Path file, int count, long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("Daily Papers\n\nJul 29\n\n");
			for (int i = 1; i <= count; i++) {
				w.write(capitalized(random) + " " + prose(random, 4) + " with " + codeName(i) + " (Study " + i
						+ ")\n\n");
				w.write("We study " + prose(random, 30) + ". Experiments on " + prose(random, 12)
						+ " show consistent gains. Code: https://github.com/lab" + (i % 97) + "/method-" + i + ".\n\n");
			}
		}
		return file;
	}

	/**
	 * A made-up word unique to the entry: different papers differ in words, not only in a
	 * number.
	 */
	static String codeName(int i) {
		StringBuilder name = new StringBuilder();
		int n = i;
		do {
			name.append((char) ('a' + n % 26));
			n /= 26;
		}
		while (n > 0);
		return "Zy" + name.reverse() + "former";
	}

	private static String capitalized(SplittableRandom random) {
		String word = WORDS[random.nextInt(WORDS.length)];
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static final String[] SYLLABLES = { "ka", "lo", "mi", "ren", "tu", "vas", "qi", "dor", "fe", "gal", "hu",
			"jin", "pre", "sto", "ux" };

	/**
	 * Prose of real and made-up words: two entries' abstracts share little, as real ones
	 * do.
	 */
	private static String prose(SplittableRandom random, int n) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < n; i++) {
			sb.append(i > 0 ? " " : "");
			if (random.nextBoolean()) {
				sb.append(WORDS[random.nextInt(WORDS.length)]);
			}
			else {
				for (int k = 0; k < 3; k++) {
					sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
				}
			}
		}
		return sb.toString();
	}

}
