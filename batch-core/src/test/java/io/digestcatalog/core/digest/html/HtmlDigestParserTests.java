package io.digestcatalog.core.digest.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.SampleDigests;
import io.digestcatalog.core.extract.ArxivId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML parser on the canonical digest saved as a Daily Papers page: the same 56
 * entries as the text digest, with the page's links and Mavors' paper id.
 */
class HtmlDigestParserTests {

	@TempDir
	Path dir;

	private List<DigestEntry> canonical;

	private Path page;

	@BeforeEach
	void writePage() throws IOException {
		this.canonical = HtmlFixtures.canonicalEntries();
		this.page = HtmlFixtures.dailyPapersPage(this.dir.resolve("daily-papers.html"), this.canonical);
	}

	@Test
	void dailyPapersPageYieldsTheFiftySixTitlesOfTheTextDigestInOrder() throws IOException {
		// when
		List<DigestItem> items = HtmlFixtures.read(this.page);

		// then
		assertThat(this.canonical).hasSize(56);
		assertThat(SampleDigests.rejected(items)).isEmpty();
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title)
			.containsExactlyElementsOf(this.canonical.stream().map(DigestEntry::title).toList());
	}

	@Test
	void abstractsAreThoseOfTheTextDigestWithoutCardNoise() throws IOException {
		// when
		List<DigestEntry> entries = SampleDigests.entries(HtmlFixtures.read(this.page));

		// then votes, "Submitted by" and the header never leak into an abstract
		assertThat(entries).extracting(DigestEntry::abstractText)
			.containsExactlyElementsOf(this.canonical.stream().map(DigestEntry::abstractText).toList());
	}

	@Test
	void mavorsTakesItsArxivIdAndLinkFromItsTitleLink() throws IOException {
		// when
		DigestEntry mavors = SampleDigests.entries(HtmlFixtures.read(this.page)).get(0);

		// then the comment link is the same paper page, listed once
		assertThat(mavors.title()).isEqualTo(SampleDigests.FIRST_TITLE);
		assertThat(mavors.arxivId()).isEqualTo(new ArxivId("2504.10068", 0));
		assertThat(mavors.doi()).isNull();
		assertThat(mavors.authors()).isEmpty();
		assertThat(mavors.details().links()).containsExactly("https://huggingface.co/papers/2504.10068");
		assertThat(mavors.line()).isEqualTo(lineOf("<h3", SampleDigests.FIRST_TITLE));
	}

	@Test
	void entriesWithoutATitleLinkHaveNoIdAndOnlyTheLinksOfTheirAbstracts() throws IOException {
		// when
		List<DigestEntry> entries = SampleDigests.entries(HtmlFixtures.read(this.page));

		// then
		assertThat(entries.subList(1, entries.size())).allSatisfy(entry -> {
			assertThat(entry.arxivId()).isNull();
			assertThat(entry.details().links()).isEqualTo(HtmlFixtures.linksIn(entry.abstractText()));
		});
		DigestEntry gem = entries.get(4);
		assertThat(gem.title()).startsWith("GEM: Empowering MLLM");
		assertThat(gem.details().links()).containsExactly("https://github.com/lanxiang1017/GEM.git");
		assertThat(entries).filteredOn(e -> !e.details().links().isEmpty()).hasSize(12);
	}

	@Test
	void ordinalsRunFromOneAndLinesPointAtEachTitle() throws IOException {
		// when
		List<DigestEntry> entries = SampleDigests.entries(HtmlFixtures.read(this.page));

		// then
		assertThat(entries).extracting(DigestEntry::ordinal)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 56).boxed().toList());
		DigestEntry last = entries.get(55);
		assertThat(last.line()).isEqualTo(lineOf("<h3", last.title()));
	}

	@Test
	void dateLineOfThePageDatesTheDigest() throws IOException {
		// when
		DigestEntry first = SampleDigests.entries(HtmlFixtures.read(this.page)).get(0);

		// then
		assertThat(first.digest().format()).isEqualTo("html");
		assertThat(first.digest().date()).isEqualTo(LocalDate.of(2025, 7, 29));
		assertThat(first.digest().dateOrigin())
			.isEqualTo("month and day from the digest, year from the file's modification time");
		assertThat(first.digest().location()).isEqualTo("daily-papers.html");
	}

	private long lineOf(String tag, String title) throws IOException {
		List<String> lines = Files.readAllLines(this.page);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(tag) && lines.get(i).contains(title)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line for " + title);
	}

}
