package io.digestcatalog.core.digest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.digestcatalog.core.digest.TextDigestParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Sniffing HTML by content, whatever the file is called. */
class HtmlDigestParserSniffTests {

	private final HtmlDigestParser parser = new HtmlDigestParser();

	@TempDir
	Path dir;

	@Test
	void savedPageUnderAMisleadingNameIsStillHtmlAndBeatsText() throws IOException {
		// given
		Path page = HtmlFixtures.dailyPapersPage(this.dir.resolve("papers.txt"), HtmlFixtures.canonicalEntries());
		Path dat = Files.copy(page, this.dir.resolve("papers.dat"));

		// when
		int asTxt = this.parser.sniff(head(page), "papers.txt");
		int asDat = this.parser.sniff(head(dat), "papers.dat");

		// then
		assertThat(asTxt).isEqualTo(90).isGreaterThan(new TextDigestParser().sniff(head(page), "papers.txt"));
		assertThat(asDat).isEqualTo(90);
	}

	@Test
	void newsletterWithALowerCaseDoctypeIsHtml() throws IOException {
		assertThat(this.parser.sniff(head(HtmlFixtures.newsletter()), "issue-42")).isEqualTo(90);
	}

	@Test
	void markupWithoutDoctypeIsHtmlByItsTags() {
		// given
		byte[] bare = "\uFEFF<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);
		byte[] fragment = "  <div class=\"list\"><h3>A</h3><p>B</p><ul><li>C</li></ul></div>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] commented = "<!-- saved -->\n<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">"
			.getBytes(StandardCharsets.UTF_8);

		// when / then
		assertThat(this.parser.sniff(bare, "x")).isEqualTo(85);
		assertThat(this.parser.sniff(fragment, "x")).isEqualTo(75);
		assertThat(this.parser.sniff(commented, "x")).isEqualTo(90);
	}

	@Test
	void canonicalTextDigestIsNoHtml() throws IOException {
		assertThat(this.parser.sniff(head(HtmlFixtures.canonical()), "daily-papers-jul29.html")).isZero();
	}

	@Test
	void noOtherCorpusFileSniffsAsHtml() throws IOException {
		// given
		List<Path> files;
		try (Stream<Path> walk = Files.walk(HtmlFixtures.corpus())) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}

		// when / then feeds, JSON, mails, CSV and PDFs score zero
		assertThat(files).hasSizeGreaterThan(60);
		assertThat(files).allSatisfy(
				file -> assertThat(this.parser.sniff(head(file), file.toString())).as(file.toString()).isZero());
	}

	@Test
	void xmlFeedAndTextMentioningATagAreNoHtml() {
		// given
		byte[] feed = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] prose = "Jul 29\n\nA Title\n\nWe wrap output in a <div> element.\n".getBytes(StandardCharsets.UTF_8);

		// when / then
		assertThat(this.parser.sniff(feed, "feed.html")).isZero();
		assertThat(this.parser.sniff(prose, "digest.html")).isZero();
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8192);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
