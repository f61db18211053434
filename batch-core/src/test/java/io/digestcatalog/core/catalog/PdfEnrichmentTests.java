package io.digestcatalog.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestRef;

class PdfEnrichmentTests {

	@TempDir
	Path dir;

	CatalogDatabase db;

	@BeforeEach
	void catalog() throws Exception {
		this.db = CatalogDatabase.in(this.dir);
	}

	@AfterEach
	void close() throws Exception {
		this.db.close();
	}

	private String paperTitled(String title) throws Exception {
		return (String) this.db.column("SELECT paper_id FROM paper WHERE title = ?", title).get(0);
	}

	private void fetched(String paperId, String url, ArtifactOutcome.PdfFacts pdf) throws Exception {
		Connection c = this.db.connection();
		Jdbc.update(c, "INSERT INTO artifact (paper_id, url, kind, host, status) VALUES (?, ?, 'PDF', 'h', 'PENDING')",
				paperId, url);
		ArtifactCatalog.record(c, new PendingArtifact(paperId, url, "PDF", "h", null, null, null),
				new ArtifactOutcome(true, url, 200, "application/pdf", 10L, "ab".repeat(32), null, null, 1, null,
						Instant.parse("2026-01-01T00:00:00Z"), pdf));
		c.commit();
	}

	private static ArtifactOutcome.PdfFacts facts(String arxivId, List<String> authors) {
		return new ArtifactOutcome.PdfFacts(12, "Printed Title", authors, "Printed abstract.", arxivId, 2, List.of(),
				List.of("https://github.com/lab/code"), null, null);
	}

	@Test
	void anArxivIdFoundInTwoPdfsMergesTwoTitleOnlyPapersWithTheReason() throws Exception {
		DigestRef digest = CatalogEntries.digest("a", CatalogEntries.JUL_29);
		this.db.write(1, List.of(CatalogEntries.entry(digest, 1, "Sparse Attention at Scale", "One abstract."),
				CatalogEntries.entry(digest, 2, "Scaling Sparse Attention", "Another abstract.")));
		String first = paperTitled("Sparse Attention at Scale");
		String second = paperTitled("Scaling Sparse Attention");
		fetched(first, "http://h/a.pdf", facts("2401.01234", List.of("Ada Lovelace")));
		fetched(second, "http://h/b.pdf", facts("2401.01234", List.of()));

		Connection c = this.db.connection();
		for (var pdf : PdfEnrichment.unapplied(c, "", "", 10)) {
			PdfEnrichment.apply(c, pdf);
		}
		c.commit();

		assertThat(this.db.count("paper")).isEqualTo(1);
		assertThat(this.db.rows("SELECT arxiv_id, arxiv_version, authors FROM paper"))
			.containsExactly(List.of("2401.01234", 2, "Ada Lovelace"));
		assertThat(this.db.column("SELECT reason FROM merge_decision")).singleElement()
			.asString()
			.contains("names arxiv:2401.01234");
		assertThat(this.db.rows("SELECT field, source FROM paper_field_source WHERE field IN ('arxiv_id', 'authors') "
				+ "ORDER BY field"))
			.containsExactly(List.of("arxiv_id", "pdf"), List.of("authors", "pdf"));
		assertThat(this.db.column("SELECT COUNT(*) FROM appearance WHERE paper_id = ?", first)).containsExactly(2L);
		assertThat(this.db.column("SELECT applied FROM artifact")).containsOnly(true);
		assertThat(this.db.column("SELECT origin FROM paper_link WHERE url = 'https://github.com/lab/code'"))
			.containsExactly("pdf");
	}

	@Test
	void thePdfNeverReplacesWhatTheDigestAlreadySaid() throws Exception {
		DigestRef digest = CatalogEntries.digest("a", CatalogEntries.JUL_29);
		this.db.write(1,
				List.of(CatalogEntries.entry(digest, 1, "Digest Title", "The digest's abstract.", "2402.00001")));
		String paper = paperTitled("Digest Title");
		fetched(paper, "http://h/a.pdf", facts("2402.00001", List.of("Grace Hopper")));

		Connection c = this.db.connection();
		PdfEnrichment.apply(c, PdfEnrichment.unapplied(c, "", "", 10).get(0));
		c.commit();

		assertThat(this.db.rows("SELECT title, abstract_text, authors FROM paper"))
			.containsExactly(List.of("Digest Title", "The digest's abstract.", "Grace Hopper"));
		assertThat(this.db.rows("SELECT field, source FROM paper_field_source ORDER BY field"))
			.contains(List.of("abstract", "digest:text"), List.of("authors", "pdf"));
	}

}
