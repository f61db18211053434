package io.digestcatalog.core.digest.arxiv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.RejectedEntry;

/** The shared corpus and this package's fixtures, read the way an ingest reads them. */
final class ArxivSamples {

	static final String SHA = "cd".repeat(32);

	/** When fixtures given as bytes were "written". */
	static final Instant WRITTEN = Instant.parse("2026-03-01T08:00:00Z");

	private ArxivSamples() {
	}

	/**
	 * The shared corpus: surefire names its folder, else the build runs from batch-core.
	 */
	static Path corpus(String first, String... more) {
		String shared = System.getProperty("digestcat.shared");
		Path root = (shared != null && !shared.isBlank()) ? Path.of(shared) : Path.of("../../shared");
		return root.resolve("corpus").resolve(Path.of(first, more));
	}

	static Path listing(String name) {
		return corpus("arxiv-listing-email", name);
	}

	static Path atom(String name) {
		return corpus("arxiv-atom", name);
	}

	/** A fixture of this package, from the test resources. */
	static byte[] resource(String name) {
		try (InputStream in = ArxivSamples.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("no test resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every item of a file, dated only by what the file and its content say. */
	static List<DigestItem> read(DigestParser parser, Path file) throws IOException {
		return read(parser, file, null);
	}

	static List<DigestItem> read(DigestParser parser, Path file, LocalDate explicit) throws IOException {
		DigestDateHint dates = new DigestDateHint(explicit, file.getFileName().toString(),
				Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
		DigestSourceInfo source = new DigestSourceInfo(SHA, file.toString(), dates);
		try (DigestItemStream stream = parser.open(Files.newInputStream(file), source)) {
			return drain(stream);
		}
	}

	/** Every item of a digest given as bytes, named {@code name}. */
	static List<DigestItem> read(DigestParser parser, String name, byte[] bytes) throws IOException {
		DigestSourceInfo source = new DigestSourceInfo(SHA, name,
				new DigestDateHint(null, name, WRITTEN, ZoneOffset.UTC));
		try (DigestItemStream stream = parser.open(new ByteArrayInputStream(bytes), source)) {
			return drain(stream);
		}
	}

	static List<DigestItem> read(DigestParser parser, String name, String text) throws IOException {
		return read(parser, name, text.getBytes(StandardCharsets.UTF_8));
	}

	static List<DigestItem> drain(DigestItemStream stream) throws IOException {
		List<DigestItem> items = new ArrayList<>();
		for (DigestItem item = stream.next(); item != null; item = stream.next()) {
			items.add(item);
		}
		return items;
	}

	static List<DigestEntry> entries(List<DigestItem> items) {
		return items.stream().filter(DigestEntry.class::isInstance).map(DigestEntry.class::cast).toList();
	}

	static List<RejectedEntry> rejected(List<DigestItem> items) {
		return items.stream().filter(RejectedEntry.class::isInstance).map(RejectedEntry.class::cast).toList();
	}

	/** The entry with this arXiv id (without version). */
	static DigestEntry entry(List<DigestItem> items, String arxivId) {
		return entries(items).stream()
			.filter(e -> e.arxivId() != null && e.arxivId().id().equals(arxivId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry " + arxivId));
	}

}
