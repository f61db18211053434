package io.digestcatalog.core.artifact.pdf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.artifact.pdf.PdfSamples.Run;

import static org.assertj.core.api.Assertions.assertThat;

/** Layouts drawn for the purpose: each shows one thing page 1 is read by. */
class PageLayoutHeuristicsTests {

	private static final String[] LEFT = { "We study widgets in depth and find", "that they are made of smaller ones,",
			"which are made of widgets again." };

	private static final String[] RIGHT = { "Prior art on gadgets is reviewed in", "this section with some care and at",
			"some length, as gadgets and widgets", "are often confused by people who",
			"should know better than that, and", "the confusion has cost us dearly." };

	@TempDir
	Path dir;

	private PdfMetadata read(PdfSamples.Builder builder) {
		Path pdf = builder.save(this.dir.resolve("layout.pdf"));
		return new PdfMetadataExtractor(Duration.ofSeconds(30)).read(pdf).extracted().orElseThrow();
	}

	@Test
	void abstractInTheLeftColumnLeavesTheRightColumnOut() {
		// given: two columns whose lines share baselines, the gutter narrower than 2 ems
		PdfSamples.Builder paper = PdfSamples.builder()
			.text("Widgets in Depth", 20, 200, 90)
			.text("Abstract", 12, 140, 160);
		for (int i = 0; i < RIGHT.length; i++) {
			if (i < LEFT.length) {
				paper.text(LEFT[i], 10, 72, 180 + 12 * i);
			}
			paper.text(RIGHT[i], 10, 320, 180 + 12 * i);
		}
		paper.text("1 Introduction", 12, 72, 230);

		// when
		PdfMetadata metadata = read(paper);

		// then
		assertThat(metadata.abstractText()).isEqualTo(String.join(" ", LEFT));
	}

	@Test
	void letterSpacedHeadingStartsTheAbstractAndKeywordsEndIt() {
		// given
		PdfSamples.Builder paper = PdfSamples.builder()
			.text("Widgets in Depth", 20, 200, 90)
			.text("A B S T R A C T", 9, 72, 160)
			.text("We study widgets in depth and find that they are made of smaller", 9, 72, 176)
			.text("widgets. The finding is of some inter-", 9, 72, 187)
			.text("est to the community.", 9, 72, 198)
			.text("Keywords: widgets, depth", 9, 72, 209);

		// when
		PdfMetadata metadata = read(paper);

		// then: hyphenation at a line end is undone
		assertThat(metadata.abstractText())
			.isEqualTo("We study widgets in depth and find that they are made of smaller "
					+ "widgets. The finding is of some interest to the community.");
	}

	@Test
	void titleLinesAreJoinedAndItsFootnoteMarkDropped() {
		// given: a title over two lines, a compound word broken at its hyphen, a star
		PdfSamples.Builder paper = PdfSamples.builder()
			.text("Multi-", 18, 150, 90)
			.runs(150, 112, Run.of("Instance Widgets for Everyone", 18), Run.raised("*", 10))
			.text("Ada Lovelace", 12, 230, 150);

		// when
		PdfMetadata metadata = read(paper);

		// then
		assertThat(metadata.title()).isEqualTo("Multi-Instance Widgets for Everyone");
		assertThat(metadata.authors()).containsExactly("Ada Lovelace");
	}

	@Test
	void superscriptAffiliationNumbersPartNamesThatNothingElseParts() {
		// given: names apart only by their raised affiliation numbers and symbols
		PdfSamples.Builder paper = PdfSamples.builder()
			.text("Widgets in Depth", 20, 200, 90)
			.runs(120, 130, Run.of("Ada Lovelace", 11), Run.raised("1", 7), Run.of(" Charles Babbage", 11),
					Run.raised("2,*", 7), Run.of(" Mary Somerville", 11), Run.raised("1", 7))
			.runs(150, 146, Run.raised("1", 7), Run.of("University of London", 9))
			.runs(150, 158, Run.raised("2", 7), Run.of("Analytical Engine Works, Marylebone", 9));

		// when
		PdfMetadata metadata = read(paper);

		// then
		assertThat(metadata.authors()).containsExactly("Ada Lovelace", "Charles Babbage", "Mary Somerville");
	}

	@Test
	void lineEndHyphensAreUndoneButCompoundsKeepTheirs() {
		// when
		String joined = AbstractFinder.join(List.of("It combines HMM-", "based and n-gram-", "based models; learn-",
				"ing them is state-of-", "the-art and hand-", "tagged, unlike hand-tagged ones."));

		// then
		assertThat(joined).isEqualTo("It combines HMM-based and n-gram-based models; learning them is "
				+ "state-of-the-art and hand-tagged, unlike hand-tagged ones.");
	}

}
