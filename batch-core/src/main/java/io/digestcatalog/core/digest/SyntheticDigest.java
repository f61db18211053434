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
				w.write(capitalized(random) + " " + words(random, 4) + " (Study " + i + ")\n\n");
				w.write("We study " + words(random, 30) + ". Experiments on " + words(random, 12)
						+ " show consistent gains. Code: https://github.com/lab" + (i % 97) + "/method-" + i + ".\n\n");
			}
		}
		return file;
	}

	private static String capitalized(SplittableRandom random) {
		String word = WORDS[random.nextInt(WORDS.length)];
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String words(SplittableRandom random, int n) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < n; i++) {
			sb.append(i > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return sb.toString();
	}

}
