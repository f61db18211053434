package io.digestcatalog.jobs;

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
	public static Path generate(Path file, int count) throws java.io.IOException {
		return io.digestcatalog.core.digest.SyntheticDigest.write(file, count, 42);
	}

}
