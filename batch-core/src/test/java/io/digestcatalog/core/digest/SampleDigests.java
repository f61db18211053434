package io.digestcatalog.core.digest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The canonical digest and small digests written by tests, read the way an ingest reads
 * them.
 */
public final class SampleDigests {

	public static final String FIRST_TITLE = "Mavors: Multi-granularity Video Representation for Multimodal Large Language Model";

	public static final int CANONICAL_ENTRIES = 56;

	/**
	 * When test digests given as bytes were "written": a day after their "Jul 29" date
	 * line.
	 */
	public static final Instant WRITTEN = Instant.parse("2025-07-30T08:00:00Z");

	private static final String SHA = "ab".repeat(32);

	private SampleDigests() {
	}

	/**
	 * The canonical digest; surefire names its folder, else the build runs from
	 * batch-core.
	 */
	public static Path canonical() {
		String samples = System.getProperty("digestcat.samples");
		Path folder = (samples != null && !samples.isBlank()) ? Path.of(samples) : Path.of("../samples");
		return folder.resolve("daily-papers-jul29.txt");
	}

	public static String canonicalText() throws IOException {
		return Files.readString(canonical(), StandardCharsets.UTF_8);
	}

	/** Every item of a digest file, dated as the ingest dates it (in UTC). */
	public static List<DigestItem> readFile(Path file, LocalDate explicitDate) throws IOException {
		DigestFile digest = new DigestFile(file, DigestFormats.standard(), null);
		DigestParser parser = digest.parser().orElseThrow();
		try (DigestItemStream stream = digest.open(parser, explicitDate, ZoneOffset.UTC, digest.sha256())) {
			return drain(stream);
		}
	}

	public static List<DigestEntry> canonicalEntries() throws IOException {
		return entries(readFile(canonical(), null));
	}

	/**
	 * The canonical digest's entries, dated explicitly so that nothing depends on its
	 * file's time.
	 */
	public static List<DigestEntry> canonicalEntries(LocalDate date) throws IOException {
		return entries(readFile(canonical(), date));
	}

	/** Every item of a digest given as a stream of bytes. */
	public static List<DigestItem> read(InputStream bytes) throws IOException {
		DigestSourceInfo source = new DigestSourceInfo(SHA, "test-digest.txt",
				new DigestDateHint(null, "test-digest.txt", WRITTEN, ZoneOffset.UTC));
		try (DigestItemStream stream = new TextDigestParser().open(bytes, source)) {
			return drain(stream);
		}
	}

	public static List<DigestItem> read(byte[] bytes) throws IOException {
		return read(new ByteArrayInputStream(bytes));
	}

	public static List<DigestItem> read(String text) throws IOException {
		return read(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A text digest: the "Jul 29" date line, then the paragraphs, blank-line separated.
	 */
	public static String digest(String... paragraphs) {
		return "Jul 29\n\n" + String.join("\n\n", paragraphs) + "\n";
	}

	/** An abstract long enough (over 300 characters) not to pass for a title. */
	public static String abstractAbout(String topic) {
		return IntStream.range(0, 12)
			.mapToObj(i -> "We study " + topic + " in setting " + i + ".")
			.collect(Collectors.joining(" "));
	}

	public static List<DigestItem> drain(DigestItemStream stream) throws IOException {
		List<DigestItem> items = new ArrayList<>();
		for (DigestItem item = stream.next(); item != null; item = stream.next()) {
			items.add(item);
		}
		return items;
	}

	public static List<DigestEntry> entries(List<DigestItem> items) {
		return items.stream().filter(DigestEntry.class::isInstance).map(DigestEntry.class::cast).toList();
	}

	public static List<RejectedEntry> rejected(List<DigestItem> items) {
		return items.stream().filter(RejectedEntry.class::isInstance).map(RejectedEntry.class::cast).toList();
	}

}
