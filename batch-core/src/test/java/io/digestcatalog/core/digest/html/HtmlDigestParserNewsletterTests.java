package io.digestcatalog.core.digest.html;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.SampleDigests;
import io.digestcatalog.core.extract.ArxivId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML parser on a plain newsletter page: {@code
 *
<h2>} titles, abstract paragraphs, a {@code <base href>}, links of every kind.
 */
class HtmlDigestParserNewsletterTests {

	@Test
	void newsletterYieldsItsFourPapersAndNoHeaderOrSignOff() throws IOException {
		// when
		List<DigestItem> items = HtmlFixtures.read(HtmlFixtures.newsletter());

		// then
		assertThat(SampleDigests.rejected(items)).isEmpty();
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title)
			.containsExactly(SampleDigests.FIRST_TITLE, "Sparse Attention Without Tears",
					"Retrieval Heads Explain Long-Context Factuality", "Benchmarks Considered Harmful?");
	}

	@Test
	void arxivAbstractLinkOfTheTitleGivesTheIdWithItsVersion() throws IOException {
		// when
		DigestEntry mavors = entries().get(0);

		// then the paragraphs stay apart and the page's links come in page order
		assertThat(mavors.arxivId()).isEqualTo(new ArxivId("2504.10068", 2));
		assertThat(mavors.abstractText()).startsWith("Long-context video understanding")
			.contains("spatio-temporal patterns.\n\nMavors encodes raw video")
			.endsWith("Code is on GitHub.");
		assertThat(mavors.details().links()).containsExactly("https://arxiv.org/abs/2504.10068v2",
				"https://github.com/example/mavors");
		assertThat(mavors.line()).isEqualTo(21);
	}

	@Test
	void arxivLinkInsideTheAbstractIsNoIdentityButALink() throws IOException {
		// when
		DigestEntry sparse = entries().get(1);

		// then the link-only paragraph after the abstract is the entry's too, resolved
		// against the base
		assertThat(sparse.arxivId()).isNull();
		assertThat(sparse.abstractText()).contains("unlike earlier work, a fixed pattern").doesNotContain("PDF");
		assertThat(sparse.details().links()).containsExactly("https://arxiv.org/abs/2301.01234",
				"https://newsletter.example.org/issues/42/papers/sparse-attention.pdf");
	}

	@Test
	void paperPageLinkGivesTheIdAndRelativeLinksResolveAgainstTheBase() throws IOException {
		// when
		DigestEntry retrieval = entries().get(2);

		// then
		assertThat(retrieval.arxivId()).isEqualTo(new ArxivId("2507.01234", 0));
		assertThat(retrieval.details().links()).containsExactly("https://huggingface.co/papers/2507.01234",
				"https://newsletter.example.org/issues/41/#retrieval");
	}

	@Test
	void javascriptAndMailtoLinksAreDropped() throws IOException {
		// when
		DigestEntry benchmarks = entries().get(3);

		// then the sign-off after the rule is no part of the last abstract
		assertThat(benchmarks.arxivId()).isNull();
		assertThat(benchmarks.details().links()).isEmpty();
		assertThat(benchmarks.abstractText()).endsWith("Questions: write to us.").doesNotContain("editors");
	}

	@Test
	void timeElementOfTheHeaderDatesTheDigest() throws IOException {
		// when
		DigestEntry first = entries().get(0);

		// then
		assertThat(first.digest().date()).isEqualTo(LocalDate.of(2025, 7, 29));
		assertThat(first.digest().dateOrigin()).isEqualTo("from the page's <time> element");
	}

	@Test
	void dateHeadingWithAYearAboveTheEntriesDatesThePage() throws IOException {
		// given
		String html = "<html><body><h1>Papers</h1><h2>Tuesday, July 29, 2025</h2><h3>A Title</h3>"
				+ "<p>We study dates printed above the entries of a listing page.</p></body></html>";

		// when
		List<DigestEntry> entries = SampleDigests.entries(HtmlFixtures.read(html));

		// then
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.title()).isEqualTo("A Title");
			assertThat(entry.digest().date()).isEqualTo(LocalDate.of(2025, 7, 29));
			assertThat(entry.digest().dateOrigin()).isEqualTo("from the page's date line");
		});
	}

	@Test
	void listOfTitleLinksFollowedByAbstractsIsReadWithoutHeadings() throws IOException {
		// given
		String html = """
				<html><body><div class="list">
				<div class="item"><div><a href="https://arxiv.org/abs/2401.00001">First Paper Title</a></div>
				<div>We show that the first method works on every benchmark we tried, twice.</div></div>
				<div class="item"><div><a href="https://arxiv.org/pdf/2401.00002v3.pdf">Second Paper Title</a></div>
				<div>We show that the second method works too, though only on Tuesdays.</div></div>
				</div></body></html>
				""";

		// when
		List<DigestEntry> entries = SampleDigests.entries(HtmlFixtures.read(html));

		// then
		assertThat(entries).extracting(DigestEntry::title).containsExactly("First Paper Title", "Second Paper Title");
		assertThat(entries).extracting(DigestEntry::arxivId)
			.containsExactly(new ArxivId("2401.00001", 0), new ArxivId("2401.00002", 3));
		assertThat(entries.get(1).abstractText()).startsWith("We show that the second method");
	}

	@Test
	void cardLinkAroundTheHeadingGivesTheIdAndABreakInATitleIsASpace() throws IOException {
		// given
		String html = """
				<html><body><main>
				<a class="card" href="https://huggingface.co/papers/2401.00003"><h3>Title<br>On Two Lines</h3>
				<p>We show that a whole card can be one link, as many listings print them.</p></a>
				</main></body></html>
				""";

		// when
		List<DigestEntry> entries = SampleDigests.entries(HtmlFixtures.read(html));

		// then
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.title()).isEqualTo("Title On Two Lines");
			assertThat(entry.arxivId()).isEqualTo(new ArxivId("2401.00003", 0));
			assertThat(entry.details().links()).containsExactly("https://huggingface.co/papers/2401.00003");
			assertThat(entry.line()).isEqualTo(2);
		});
	}

	private static List<DigestEntry> entries() throws IOException {
		return SampleDigests.entries(HtmlFixtures.read(HtmlFixtures.newsletter()));
	}

}
