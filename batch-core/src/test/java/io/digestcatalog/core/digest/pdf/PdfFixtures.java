package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.SampleDigests;
import io.digestcatalog.core.digest.TextDigestParser;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.ProtectionPolicy;

/** The corpus, and the canonical digest printed to PDF for the PDF tests. */
final class PdfFixtures {

	/** When fixture prints were "made": the day after their "Jul 29". */
	static final Instant PRINTED = Instant.parse("2025-07-30T08:00:00Z");

	private PdfFixtures() {
	}

	static Path corpus() {
		String shared = System.getProperty("digestcat.shared");
		Path root = (shared != null && !shared.isBlank()) ? Path.of(shared) : Path.of("../../shared");
		return root.resolve("corpus");
	}

	static Path canonical() {
		return corpus().resolve("hf-daily-papers/daily-papers-jul29.txt");
	}

	/** The canonical digest's entries, as the text parser reads them. */
	static List<DigestEntry> canonicalEntries() throws IOException {
		try (DigestItemStream stream = new TextDigestParser().open(Files.newInputStream(canonical()),
				source("daily-papers-jul29.txt"))) {
			return SampleDigests.entries(SampleDigests.drain(stream));
		}
	}

	/** The canonical digest printed on A4 pages. */
	static Path printed(Path dir) throws IOException {
		return printed(dir.resolve("daily-papers.pdf"), PDRectangle.A4, null);
	}

	static Path printed(Path file, PDRectangle format, ProtectionPolicy protection) throws IOException {
		return DigestPrinter.print(file, canonicalEntries(), format, protection);
	}

	/** The temporary files the PDF parser leaves behind, which should be none. */
	static List<Path> leftovers() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().startsWith("digestcat-pdf-")).toList();
		}
	}

	static DigestSourceInfo source(String name) {
		return new DigestSourceInfo("cd".repeat(32), name, new DigestDateHint(null, name, PRINTED, ZoneOffset.UTC));
	}

	static List<DigestItem> read(Path pdf) throws IOException {
		return read(Files.newInputStream(pdf), pdf.getFileName().toString());
	}

	static List<DigestItem> read(InputStream pdf, String name) throws IOException {
		try (DigestItemStream stream = new PdfDigestParser().open(pdf, source(name))) {
			return SampleDigests.drain(stream);
		}
	}

}
