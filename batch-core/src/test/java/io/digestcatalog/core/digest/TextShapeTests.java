package io.digestcatalog.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class TextShapeTests {

	private static final Path CORPUS = Path.of(System.getProperty("digestcat.shared", "../../shared"), "corpus");

	private static byte[] head(Path file) throws IOException {
		try (var in = Files.newInputStream(file)) {
			return in.readNBytes(8192);
		}
	}

	@Test
	void tablesAndMarkdownFromTheCorpusAreNoTextDigests() throws IOException {
		TextDigestParser text = new TextDigestParser();

		assertThat(text.sniff(head(CORPUS.resolve("dedupe/dblp-acm/DBLP2.csv")), "x.txt")).isZero();
		assertThat(text.sniff(head(CORPUS.resolve("dedupe/cora/cora.tsv")), "x.txt")).isZero();
		assertThat(text.sniff(head(CORPUS.resolve("README.md")), "x.txt")).isZero();
	}

	@Test
	void theCanonicalDigestAndAListingStayText() throws IOException {
		TextDigestParser text = new TextDigestParser();

		assertThat(text.sniff(head(SampleDigests.canonical()), "daily-papers-jul29.txt")).isEqualTo(60);
		assertThat(text.sniff(head(CORPUS.resolve("arxiv-listing-email/2026-01-26.txt")), "x.txt")).isPositive();
	}

}
