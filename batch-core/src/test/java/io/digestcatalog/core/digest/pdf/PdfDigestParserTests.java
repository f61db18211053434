package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.SampleDigests;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF parser on the canonical digest printed to PDF: the same 56 entries as the text
 * digest, whatever the paper size.
 */
class PdfDigestParserTests {

	/** The one abstract whose print breaks "sub-sampling" at its hyphen; see below. */
	private static final int SUBSAMPLING = 47;

	@TempDir
	Path dir;

	private List<DigestEntry> canonical;

	@BeforeEach
	void readTextDigest() throws IOException {
		this.canonical = PdfFixtures.canonicalEntries();
	}

	@Test
	void printedDigestYieldsTheFiftySixTitlesOfTheTextDigestInOrder() throws IOException {
		// when
		List<DigestItem> items = PdfFixtures.read(PdfFixtures.printed(this.dir));

		// then wrapped titles are whole again and no header line became an entry
		assertThat(SampleDigests.rejected(items)).isEmpty();
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title)
			.containsExactlyElementsOf(titles(this.canonical));
	}

	@Test
	void letterPaperWrapsElsewhereAndYieldsTheSameTitles() throws IOException {
		// when
		Path pdf = PdfFixtures.printed(this.dir.resolve("letter.pdf"), PDRectangle.LETTER, null);
		List<DigestItem> items = PdfFixtures.read(pdf);

		// then
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title)
			.containsExactlyElementsOf(titles(this.canonical));
	}

	@Test
	void abstractsReflowIntoTheTextDigestsParagraphsWithBrokenWordsMended() throws IOException {
		// when
		List<DigestEntry> entries = SampleDigests.entries(PdfFixtures.read(PdfFixtures.printed(this.dir)));

		// then all but one come back verbatim, across pages and hyphenated line ends
		assertThat(entries).hasSize(56);
		IntStream.range(0, 56)
			.filter(i -> i != SUBSAMPLING)
			.forEach(i -> assertThat(entries.get(i).abstractText()).as("abstract %d", i + 1)
				.isEqualTo(this.canonical.get(i).abstractText()));
		// "sub-" + "sampling" is a compound the print never spells elsewhere, and "sub"
		// no
		// word it uses alone: the rule takes the hyphen for the printer's
		assertThat(entries.get(SUBSAMPLING).abstractText())
			.isEqualTo(this.canonical.get(SUBSAMPLING).abstractText().replace("sub-sampling", "subsampling"));
	}

	@Test
	void firstEntryIsMavorsDatedByTheDateLineAndLabelledPdf() throws IOException {
		// when
		List<DigestEntry> entries = SampleDigests.entries(PdfFixtures.read(PdfFixtures.printed(this.dir)));

		// then
		DigestEntry mavors = entries.get(0);
		assertThat(mavors.title()).isEqualTo(SampleDigests.FIRST_TITLE);
		assertThat(mavors.abstractText()).startsWith("Long-context video understanding in multimodal large language")
			.endsWith("requiring fine-grained spatio-temporal reasoning.");
		assertThat(mavors.arxivId()).isNull();
		assertThat(mavors.details().links()).isEmpty();
		DigestRef ref = mavors.digest();
		assertThat(ref.format()).isEqualTo("pdf");
		assertThat(ref.sha256()).isEqualTo("cd".repeat(32));
		assertThat(ref.location()).isEqualTo("daily-papers.pdf");
		assertThat(ref.date()).isEqualTo(LocalDate.of(2025, 7, 29));
		assertThat(ref.dateOrigin()).startsWith("month and day from the digest");
		assertThat(entries).extracting(DigestEntry::digest).containsOnly(ref);
	}

	@Test
	void ordinalsRunFromOneAndNoRunningHeaderOrPageNumberLeaksIntoAnEntry() throws IOException {
		// when
		List<DigestEntry> entries = SampleDigests.entries(PdfFixtures.read(PdfFixtures.printed(this.dir)));

		// then
		assertThat(entries).extracting(DigestEntry::ordinal)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 56).boxed().toList());
		assertThat(entries).allSatisfy(entry -> assertThat(entry.title() + " " + entry.abstractText())
			.doesNotContain("9:14 AM", "Daily Papers - Hugging Face", "huggingface.co/papers", "/20"));
	}

	@Test
	void temporaryFilesAreRemovedOnceTheStreamIsClosed() throws IOException {
		// given
		List<Path> before = PdfFixtures.leftovers();

		// when
		PdfFixtures.read(PdfFixtures.printed(this.dir));

		// then
		assertThat(PdfFixtures.leftovers()).isEqualTo(before);
	}

	private static List<String> titles(List<DigestEntry> entries) {
		return entries.stream().map(DigestEntry::title).toList();
	}

}
