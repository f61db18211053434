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

	/**
	 * One paper three times: its arXiv listing entry, its daily-papers item, and a text
	 * digest entry whose title dropped "2601" (its abstract is the paper's).
	 */
	public static Path threeSourceInbox(Path dir) throws java.io.IOException {
		Path inbox = java.nio.file.Files.createDirectories(dir.resolve("inbox"));
		java.nio.file.Files.copy(corpus().resolve("arxiv-listing-email/2026-01-26.txt"),
				inbox.resolve("listing-2026-01-26.txt"));
		java.nio.file.Files.copy(corpus().resolve("hf-daily-papers-api/2026-01-26.json"),
				inbox.resolve("2026-01-26.json"));
		tools.jackson.databind.JsonNode item = null;
		for (tools.jackson.databind.JsonNode i : tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(inbox.resolve("2026-01-26.json").toFile())) {
			if ("2601.16725".equals(i.get("paper").get("id").asString())) {
				item = i.get("paper");
			}
		}
		java.nio.file.Files.writeString(inbox.resolve("daily-papers-2026-01-27.txt"), "Daily Papers\n\nJan 27\n\n"
				+ SHORT_TITLE + "\n\n" + item.get("summary").asString().replace("\n", " ") + "\n");
		return inbox;
	}

	/** The shortened title the text digest of {@link #threeSourceInbox} gives. */
	public static final String SHORT_TITLE = "LongCat-Flash-Thinking Technical Report";

	/** The shared corpus folder. */
	public static Path corpus() {
		return Path.of(System.getProperty("digestcat.shared", "../shared"), "corpus");
	}

}
