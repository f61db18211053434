package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.TextDigestParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Sniffing PDFs by their header, and reading real PDFs that are no digests. */
class PdfDigestParserSniffTests {

	private final PdfDigestParser parser = new PdfDigestParser();

	@TempDir
	Path dir;

	@Test
	void printUnderAMisleadingNameIsStillAPdfAndBeatsText() throws IOException {
		// given
		Path pdf = PdfFixtures.printed(this.dir);
		Path txt = Files.copy(pdf, this.dir.resolve("papers.txt"));
		Path dat = Files.copy(pdf, this.dir.resolve("papers.dat"));

		// when / then
		assertThat(this.parser.sniff(head(txt), "papers.txt")).isEqualTo(95)
			.isGreaterThan(new TextDigestParser().sniff(head(txt), "papers.txt"));
		assertThat(this.parser.sniff(head(dat), "papers.dat")).isEqualTo(95);
	}

	@Test
	void everyCorpusPdfSniffsAsPdfAndNothingElseDoes() throws IOException {
		// given
		List<Path> files = corpusFiles();

		// when / then
		assertThat(files).filteredOn(PdfDigestParserSniffTests::isPdf).hasSizeGreaterThanOrEqualTo(30);
		assertThat(files).allSatisfy(file -> assertThat(this.parser.sniff(head(file), "x.pdf")).as(file.toString())
			.isEqualTo(isPdf(file) ? 95 : 0));
		assertThat(this.parser.sniff(head(PdfFixtures.canonical()), "daily-papers.pdf")).isZero();
	}

	@Test
	void realPapersAreReadWithoutAnExceptionAndLabelledPdf() throws IOException {
		// given
		List<Path> pdfs = corpusFiles().stream().filter(PdfDigestParserSniffTests::isPdf).toList();

		// when / then scholarly papers are no digests, but nothing throws out of next()
		for (Path pdf : pdfs) {
			List<DigestItem> items = PdfFixtures.read(pdf);
			assertThat(items).as(pdf.toString())
				.isNotEmpty()
				.allSatisfy(item -> assertThat(item.digest().format()).isEqualTo("pdf"));
		}
	}

	private static List<Path> corpusFiles() throws IOException {
		try (Stream<Path> walk = Files.walk(PdfFixtures.corpus())) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static boolean isPdf(Path file) {
		return file.getFileName().toString().endsWith(".pdf");
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8192);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
