package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.RejectedEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad entries and broken feeds: quarantined with a reason, never an exception. */
class ArxivFeedRejectionTests {

	private static final String FEED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n"
			+ "  <updated>2026-01-27T00:00:00Z</updated>\n";

	private static final String SECRET = "TOP-SECRET-XXE-CANARY";

	@TempDir
	Path dir;

	private final ArxivFeedParser parser = new ArxivFeedParser();

	private static String entry(String id, String title) {
		return "  <entry>\n    <id>http://arxiv.org/abs/" + id + "</id>\n    <title>" + title + "</title>\n"
				+ "    <summary>An abstract.</summary>\n    <author><name>A. Author</name></author>\n  </entry>\n";
	}

	@Test
	void externalEntityIsNeverResolved() throws IOException {
		// given a feed whose title pulls in a local file
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), SECRET);
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n" + entry("2601.00001v1", "Leak &xxe; here")
				+ "</feed>\n";

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "xxe.xml", xxe);

		// then
		assertThat(items).isNotEmpty().noneMatch(i -> i.toString().contains(SECRET));
		assertThat(items).last()
			.isInstanceOfSatisfying(RejectedEntry.class, r -> assertThat(r.reason()).contains("malformed XML", "xxe"));
	}

	@Test
	void externalDtdIsNeverFetched() throws IOException {
		// given a parameter entity in an external DTD that would pull in a local file
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), SECRET);
		Path dtd = Files.writeString(this.dir.resolve("evil.dtd"),
				"<!ENTITY % file SYSTEM \"" + secret.toUri() + "\"><!ENTITY leak \"%file;\">");
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed SYSTEM \"" + dtd.toUri() + "\">\n"
				+ "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n" + entry("2601.00001v1", "Title &leak;")
				+ "</feed>\n";

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "xxe-dtd.xml", xml);

		// then the DTD was not read: had it been, "leak" would be declared
		assertThat(items).isNotEmpty().noneMatch(i -> i.toString().contains(SECRET));
		assertThat(items).last()
			.isInstanceOfSatisfying(RejectedEntry.class,
					r -> assertThat(r.reason()).contains("\"leak\"", "not declared"));
	}

	@Test
	void entryWithoutTitleIsQuarantinedAndTheNextOneLoads() throws IOException {
		// given
		String xml = FEED + entry("2601.00001v1", " ") + entry("2601.00002v1", "A Title") + "</feed>\n";

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "notitle.xml", xml);

		// then
		assertThat(items).hasSize(2);
		assertThat(items.get(0)).isInstanceOfSatisfying(RejectedEntry.class, r -> {
			assertThat(r.ordinal()).isEqualTo(1);
			assertThat(r.line()).isEqualTo(4);
			assertThat(r.reason()).isEqualTo("entry without a title");
			assertThat(r.rawText()).contains("http://arxiv.org/abs/2601.00001v1");
		});
		assertThat(items.get(1)).isInstanceOfSatisfying(DigestEntry.class,
				e -> assertThat(e.arxivId().versioned()).isEqualTo("2601.00002v1"));
	}

	@Test
	void malformedXmlMidDocumentEndsTheFeedWithOneRejectionThatSaysWhere() throws IOException {
		// given the third entry's title is never closed
		String xml = FEED + entry("2601.00001v1", "One") + entry("2601.00002v1", "Two")
				+ "  <entry>\n    <id>http://arxiv.org/abs/2601.00003v1</id>\n    <title>Three\n  </entry>\n"
				+ entry("2601.00004v1", "Four") + "</feed>\n";

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "broken.xml", xml);

		// then
		assertThat(items).hasSize(3);
		assertThat(ArxivSamples.entries(items)).extracting(DigestEntry::title).containsExactly("One", "Two");
		assertThat(items.get(2)).isInstanceOfSatisfying(RejectedEntry.class, r -> {
			assertThat(r.ordinal()).isEqualTo(3);
			assertThat(r.line()).isEqualTo(16);
			assertThat(r.reason()).startsWith("malformed XML at line 19, column")
				.contains("title")
				.doesNotContain("\n");
			assertThat(r.rawText()).contains("2601.00003v1");
		});
	}

	@Test
	void truncatedFeedEndsWithOneRejection() throws IOException {
		// given
		String xml = FEED + entry("2601.00001v1", "One") + "  <entry>\n    <id>http://arxiv.org/abs/2601.0";

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "cut.xml", xml);

		// then
		assertThat(items).hasSize(2);
		assertThat(items.get(1)).isInstanceOfSatisfying(RejectedEntry.class,
				r -> assertThat(r.reason()).startsWith("malformed XML at line"));
	}

	@Test
	void apiErrorEntryIsQuarantinedWithTheApisMessage() throws IOException {
		// given the error feed the API returns for a malformed id (arXiv API user manual,
		// 3.4)
		String xml = FEED + "  <entry>\n    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>\n"
				+ "    <title>Error</title>\n    <summary>incorrect id format for 1234.12345</summary>\n"
				+ "    <author><name>arXiv api core</name></author>\n  </entry>\n</feed>\n";

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "error.xml", xml);

		// then
		assertThat(items).singleElement()
			.isInstanceOfSatisfying(RejectedEntry.class, r -> assertThat(r.reason())
				.isEqualTo("the arXiv API reported an error: incorrect id format for 1234.12345"));
	}

	@Test
	void inputThatIsNotXmlYieldsOneRejectionForTheWholeDigest() throws IOException {
		// when
		List<DigestItem> json = ArxivSamples.read(this.parser, "x.json", "[{\"paper\": {\"id\": \"2504.10068\"}}]");
		List<DigestItem> html = ArxivSamples.read(this.parser, "x.html", "<html><body>hi</body></html>");
		List<DigestItem> empty = ArxivSamples.read(this.parser, "x.xml", "");

		// then
		assertThat(json).singleElement().isInstanceOfSatisfying(RejectedEntry.class, r -> {
			assertThat(r.ordinal()).isZero();
			assertThat(r.reason()).startsWith("malformed XML at line 1, column 1");
		});
		assertThat(html).singleElement()
			.isInstanceOfSatisfying(RejectedEntry.class,
					r -> assertThat(r.reason()).isEqualTo("not an Atom or RSS feed: its root element is <html>"));
		assertThat(empty).singleElement().isInstanceOf(RejectedEntry.class);
	}

	@Test
	void overlongElementQuarantinesOnlyItsEntry() throws IOException {
		// given
		String xml = FEED + entry("2601.00001v1", "x".repeat(100_000)) + entry("2601.00002v1", "Fine") + "</feed>\n";

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "long.xml", xml.getBytes(StandardCharsets.UTF_8));

		// then
		assertThat(items).hasSize(2);
		assertThat(items.get(0)).isInstanceOfSatisfying(RejectedEntry.class,
				r -> assertThat(r.reason()).startsWith("entry with an element longer than"));
		assertThat(items.get(1)).isInstanceOf(DigestEntry.class);
	}

	@Test
	void emptyFeedYieldsNothing() throws IOException {
		assertThat(ArxivSamples.read(this.parser, "empty.xml", FEED + "</feed>\n")).isEmpty();
	}

}
