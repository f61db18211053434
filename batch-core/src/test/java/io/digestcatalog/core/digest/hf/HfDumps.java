package io.digestcatalog.core.digest.hf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.SampleDigests;
import io.digestcatalog.core.digest.TextDigestParser;

/**
 * The real daily-papers dumps of the shared corpus, and dumps written by tests, read the
 * way an ingest reads them.
 */
final class HfDumps {

	static final HfDailyPapersParser PARSER = new HfDailyPapersParser();

	/** The formats an ingest would choose among: the text digest and this one. */
	static final DigestFormats FORMATS = new DigestFormats(List.of(new TextDigestParser(), PARSER));

	private static final String SHA = "cd".repeat(32);

	private HfDumps() {
	}

	/** The shared corpus; surefire names it, else the build runs from batch-core. */
	static Path corpus() {
		String shared = System.getProperty("digestcat.shared");
		Path root = (shared != null && !shared.isBlank()) ? Path.of(shared) : Path.of("../../shared");
		return root.resolve("corpus");
	}

	static Path dump(String name) {
		return corpus().resolve("hf-daily-papers-api").resolve(name);
	}

	/** Every dump of the corpus, by name (which is its date). */
	static List<Path> all() throws IOException {
		try (Stream<Path> files = Files.list(corpus().resolve("hf-daily-papers-api"))) {
			return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
	}

	static List<DigestItem> read(Path file) throws IOException {
		return read(file, null);
	}

	/** Every item of a dump file, as the ingest opens it (dates in UTC). */
	static List<DigestItem> read(Path file, LocalDate explicitDate) throws IOException {
		DigestFile digest = new DigestFile(file, FORMATS, null);
		try (DigestItemStream stream = digest.open(PARSER, explicitDate, ZoneOffset.UTC, digest.sha256())) {
			return SampleDigests.drain(stream);
		}
	}

	/** Every item of a dump given as bytes, named {@code fileName}. */
	static List<DigestItem> read(InputStream bytes, String fileName) throws IOException {
		DigestSourceInfo source = new DigestSourceInfo(SHA, fileName,
				new DigestDateHint(null, fileName, Instant.parse("2030-06-01T00:00:00Z"), ZoneOffset.UTC));
		try (DigestItemStream stream = PARSER.open(bytes, source)) {
			return SampleDigests.drain(stream);
		}
	}

	static List<DigestItem> read(String json, String fileName) throws IOException {
		return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), fileName);
	}

	/** The first bytes of a file, as many as a sniffer is given. */
	static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8192);
		}
	}

}
