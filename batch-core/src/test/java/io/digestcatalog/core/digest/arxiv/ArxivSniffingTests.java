package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.TextDigestParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each arXiv format is told by its content, whatever the file is called, and neither
 * claims the other's files, the Hugging Face JSON or the canonical text digest.
 */
class ArxivSniffingTests {

	private static final List<String> MISLEADING = List.of(".txt", ".dat", ".json", "");

	private final ArxivListingParser listing = new ArxivListingParser();

	private final ArxivFeedParser feed = new ArxivFeedParser();

	private final DigestFormats formats = new DigestFormats(List.of(new TextDigestParser(), this.listing, this.feed));

	@TempDir
	Path dir;

	static Stream<Path> listings() {
		return Stream.of("2026-01-23.txt", "2026-01-26.txt", "Willjay5991-arxiv.txt", "malformed.txt")
			.map(ArxivSamples::listing);
	}

	static Stream<Path> feeds() throws IOException {
		try (Stream<Path> files = Files.list(ArxivSamples.corpus("arxiv-atom"))) {
			return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList().stream();
		}
	}

	static Stream<Path> others() throws IOException {
		try (Stream<Path> files = Files.list(ArxivSamples.corpus("hf-daily-papers-api"))) {
			return Stream.concat(files.sorted().toList().stream(),
					Stream.of(ArxivSamples.corpus("hf-daily-papers", "daily-papers-jul29.txt"),
							ArxivSamples.atom("1111.2011v2.pdf")));
		}
	}

	@ParameterizedTest
	@MethodSource("listings")
	void listingIsRecognizedUnderAnyName(Path file) throws IOException {
		for (String extension : MISLEADING) {
			// given
			Path copy = Files.copy(file, this.dir.resolve("digest" + extension));
			byte[] head = head(copy);

			// then
			assertThat(this.listing.sniff(head, copy.getFileName().toString())).as(extension).isGreaterThan(60);
			assertThat(this.feed.sniff(head, copy.getFileName().toString())).as(extension).isZero();
			assertThat(this.formats.sniff(head, copy.getFileName().toString())).as(extension).contains(this.listing);
			Files.delete(copy);
		}
	}

	@ParameterizedTest
	@MethodSource("feeds")
	void feedIsRecognizedUnderAnyName(Path file) throws IOException {
		for (String extension : MISLEADING) {
			// given
			Path copy = Files.copy(file, this.dir.resolve("digest" + extension));
			byte[] head = head(copy);

			// then
			assertThat(this.feed.sniff(head, copy.getFileName().toString())).as(extension).isGreaterThan(60);
			assertThat(this.listing.sniff(head, copy.getFileName().toString())).as(extension).isZero();
			assertThat(this.formats.sniff(head, copy.getFileName().toString())).as(extension).contains(this.feed);
			Files.delete(copy);
		}
	}

	@ParameterizedTest
	@MethodSource("others")
	void neitherClaimsHuggingFaceJsonTheTextDigestOrAPdf(Path file) throws IOException {
		// given
		byte[] head = head(file);

		// then
		assertThat(this.listing.sniff(head, file.getFileName().toString())).isZero();
		assertThat(this.feed.sniff(head, file.getFileName().toString())).isZero();
	}

	@Test
	void announcementFixturesAreFeeds() {
		for (String name : List.of("rss-cs.AI.xml", "atom-cs.AI.xml", "api-root-namespaces.xml")) {
			assertThat(this.feed.sniff(ArxivSamples.resource(name), "feed.txt")).as(name).isEqualTo(95);
		}
		assertThat(this.listing.sniff(ArxivSamples.resource("listing-sections.txt"), "x.xml")).isEqualTo(95);
	}

	@Test
	void feedOfAnotherSiteIsReadableButNotClaimedWithConfidence() {
		// given
		byte[] blog = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>A blog</title></channel></rss>"
			.getBytes();

		// then
		assertThat(this.feed.sniff(blog, "blog.xml")).isEqualTo(30);
	}

	@Test
	void listingInsideARawMailLeavesTheMailToAMailFormat() throws IOException {
		// given
		byte[] mail = ("From: no-reply@arxiv.org\nSubject: cs daily Subj-class mailing\n\n"
				+ Files.readString(ArxivSamples.listing("2026-01-23.txt")))
			.getBytes();

		// then
		assertThat(this.listing.sniff(mail, "mail.eml")).isBetween(61, 70);
	}

	@Test
	void misnamedFilesAreReadEndToEndThroughDigestFile() throws IOException {
		// given
		Path mail = Files.copy(ArxivSamples.listing("2026-01-26.txt"), this.dir.resolve("listing.dat"));
		Path atom = Files.copy(ArxivSamples.atom("query-del_maestro.xml"), this.dir.resolve("feed.txt"));

		// when
		DigestFile mailFile = new DigestFile(mail, this.formats, null);
		DigestFile atomFile = new DigestFile(atom, this.formats, null);

		// then
		assertThat(mailFile.parser()).contains(this.listing);
		assertThat(atomFile.parser()).contains(this.feed);
		try (DigestItemStream stream = mailFile.open(this.listing, null, ZoneOffset.UTC, mailFile.sha256())) {
			assertThat(ArxivSamples.entries(ArxivSamples.drain(stream))).hasSize(10)
				.allSatisfy(e -> assertThat(e.digest().sha256()).isEqualTo(mailFile.sha256()));
		}
		try (DigestItemStream stream = atomFile.open(this.feed, null, ZoneOffset.UTC, atomFile.sha256())) {
			assertThat(ArxivSamples.entries(ArxivSamples.drain(stream))).hasSize(10);
		}
	}

	@Test
	void binaryIsNeverClaimed() {
		byte[] binary = new byte[] { 0, 1, 2, 3, '<', 'f', 'e', 'e', 'd', 0 };
		assertThat(this.listing.sniff(binary, "x.txt")).isZero();
		assertThat(this.feed.sniff(binary, "x.xml")).isZero();
	}

	@Test
	void formatNamesAreStable() {
		DigestParser[] parsers = { this.listing, this.feed };
		assertThat(parsers).extracting(DigestParser::format).containsExactly("arxiv-email", "arxiv-atom");
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8192);
		}
	}

}
