package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-flowing printed lines into paragraphs by style, spacing and page breaks. */
class PdfReflowTests {

	@TempDir
	Path dir;

	@Test
	void wrappedTitleJoinsAndTheAbstractBelowItIsAParagraphOfItsOwn() throws IOException {
		// given a bold title on two lines, then an abstract on three
		List<PdfLine> page = List.of(line(1, 100, 13, true, 40, 50, "A Title Long Enough To"),
				line(1, 116, 13, true, 300, 30, "Wrap"), line(1, 134, 10, false, 5, 30, "We study the prob-"),
				line(1, 147, 10, false, 8, 30, "lem of re-flowing lines into"),
				line(1, 160, 10, false, 200, 30, "paragraphs."));

		// when
		String text = reflow(List.of(page));

		// then
		assertThat(text)
			.isEqualTo("A Title Long Enough To Wrap\n\nWe study the problem of re-flowing lines into paragraphs.\n");
	}

	@Test
	void widerGapThanTheUsualSpacingStartsAParagraph() throws IOException {
		// given
		List<PdfLine> page = List.of(line(1, 100, 10, false, 5, 30, "First paragraph runs on"),
				line(1, 113, 10, false, 200, 30, "here."), line(1, 133, 10, false, 5, 30, "Second one runs"),
				line(1, 146, 10, false, 200, 30, "there."));

		// when / then
		assertThat(reflow(List.of(page))).isEqualTo("First paragraph runs on here.\n\nSecond one runs there.\n");
	}

	@Test
	void paragraphContinuesOnTheNextPageOnlyWhenItsLastLineWasWrapped() throws IOException {
		// given a wrapped line ends page 1, a short one ends page 2
		List<PdfLine> one = List.of(line(1, 700, 10, false, 5, 30, "Text that runs on and on"),
				line(1, 713, 10, false, 6, 30, "until the page ends"));
		List<PdfLine> two = List.of(line(2, 60, 10, false, 5, 40, "without pause, then stops."),
				line(2, 73, 10, false, 300, 30, "Short."));
		List<PdfLine> three = List.of(line(3, 60, 10, false, 5, 30, "Another paragraph."),
				line(3, 73, 10, false, 300, 30, "Ends."));

		// when / then
		assertThat(reflow(List.of(one, two, three)))
			.isEqualTo("Text that runs on and on until the page ends without pause, then stops. Short.\n\n"
					+ "Another paragraph. Ends.\n");
	}

	@Test
	void runningHeadersFootersAndPageNumbersAreDropped() throws IOException {
		// given
		List<String> words = List.of("One", "Two", "Three");
		List<List<PdfLine>> pages = new ArrayList<>();
		for (int p = 1; p <= 3; p++) {
			pages.add(List.of(line(p, 20, 8, false, 100, 30, "7/30/25, 9:14 AM Daily Papers"),
					line(p, 100, 10, false, 200, 30, "Paragraph " + words.get(p - 1) + "."),
					line(p, 800, 8, false, 100, 30, "- " + p + " -"),
					line(p, 820, 8, false, 100, 30, "https://example.org/papers " + p + "/3")));
		}

		// when / then
		assertThat(reflow(pages)).isEqualTo("Paragraph One.\n\nParagraph Two.\n\nParagraph Three.\n");
	}

	private String reflow(List<List<PdfLine>> pages) throws IOException {
		PdfLayout layout = new PdfLayout();
		List<String> rows = new ArrayList<>();
		for (List<PdfLine> page : pages) {
			List<PdfLine> numbered = new ArrayList<>();
			for (int i = 0; i < page.size(); i++) {
				PdfLine l = page.get(i);
				numbered.add(new PdfLine(l.page(), i, page.size() - 1 - i, l.baseline(), l.size(), l.bold(), l.slack(),
						l.firstWord(), l.text()));
			}
			layout.learn(numbered);
			numbered.forEach(l -> rows.add(l.serialize()));
		}
		Path lines = Files.write(this.dir.resolve("lines"), rows, StandardCharsets.UTF_8);
		Path text = this.dir.resolve("text");
		PdfReflow.write(lines, layout, text);
		return Files.readString(text);
	}

	private static PdfLine line(int page, float baseline, float size, boolean bold, float slack, float firstWord,
			String text) {
		return new PdfLine(page, 0, 0, baseline, size, bold, slack, firstWord, text);
	}

}
