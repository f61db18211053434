package io.digestcatalog.jobs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test digests: the canonical sample, and generated ones of any size. */
public final class Digests {

	private Digests() {
	}

	public static Path canonical() {
		String samples = System.getProperty("digestcat.samples", "../samples");
		return Path.of(samples, "daily-papers-jul29.txt").toAbsolutePath().normalize();
	}

	/** A text digest of {@code count} distinct entries, each with one repository link. */
	public static Path generate(Path file, int count) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("Daily Papers\n\nJul 29\n\n");
			for (int i = 1; i <= count; i++) {
				w.write("Generated Paper Number " + i + " on Sparse Attention\n\n");
				w.write("We study problem " + i + " and propose a method that scales. Experiments on "
						+ "several benchmarks show gains over strong baselines. Code: https://github.com/lab"
						+ (i % 97) + "/method-" + i + ".\n\n");
			}
		}
		return file;
	}

}
