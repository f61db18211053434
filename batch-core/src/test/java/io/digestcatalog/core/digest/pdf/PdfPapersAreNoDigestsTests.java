package io.digestcatalog.core.digest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.RejectedEntry;

/**
 * Scholarly papers are PDFs too; read as digests they would make up entries, so they are
 * declined whole.
 */
class PdfPapersAreNoDigestsTests {

	@Test
	void everyPaperOfTheCorpusIsDeclinedWholeWithItsReason() throws IOException {
		List<Path> papers;
		try (Stream<Path> files = Stream.concat(Files.list(PdfFixtures.corpus().resolve("pdfs/science-parse")),
				Stream.of(PdfFixtures.corpus().resolve("arxiv-atom/1111.2011v2.pdf")))) {
			papers = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
		}

		for (Path paper : papers) {
			List<DigestItem> items = PdfFixtures.read(paper);

			assertThat(items).as(paper.toString())
				.singleElement()
				.isInstanceOfSatisfying(RejectedEntry.class, r -> assertThat(r.ordinal()).isZero());
		}
		assertThat(papers).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void aPrintedDigestIsStillReadEntryByEntry(@TempDir Path dir) throws IOException {
		List<DigestItem> items = PdfFixtures.read(PdfFixtures.printed(dir));

		assertThat(items).hasSize(56).noneMatch(RejectedEntry.class::isInstance);
	}

}
