package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed fixture is the hard case it stands for: many pages, titles wrapped, words
 * broken at line ends both by hyphenation and at real hyphens, running headers and page
 * counters.
 */
class DigestPrinterTests {

	@TempDir
	static Path dir;

	private static int pages;

	private static List<String> lines;

	@BeforeAll
	static void printAndStrip() throws IOException {
		try (PDDocument document = Loader.loadPDF(PdfFixtures.printed(dir).toFile())) {
			pages = document.getNumberOfPages();
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			lines = Arrays.asList(stripper.getText(document).split("\\R"));
		}
	}

	@Test
	void printRunsOverManyPagesWithAHeaderAndACounterOnEach() {
		assertThat(pages).isEqualTo(20);
		assertThat(lines).filteredOn(l -> l.startsWith("7/30/25, 9:14 AM Daily Papers - Hugging Face")).hasSize(20);
		assertThat(lines).contains("https://huggingface.co/papers 1/20", "https://huggingface.co/papers 20/20");
	}

	@Test
	void wordsAreBrokenAtLineEndsBothByHyphenationAndAtRealHyphens() {
		// when
		List<String> broken = lines.stream().filter(l -> l.matches(".*\\p{L}-")).toList();

		// then
		assertThat(broken).hasSizeGreaterThan(150);
		assertThat(broken).anyMatch(l -> l.endsWith(" fine-")).anyMatch(l -> l.endsWith(" represe-"));
	}

	@Test
	void longTitlesWrapOntoASecondLine() {
		assertThat(lines).contains("Mavors: Multi-granularity Video Representation for Multimodal Large",
				"Language Model");
	}

}
