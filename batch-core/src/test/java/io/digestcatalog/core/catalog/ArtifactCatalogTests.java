package io.digestcatalog.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestRef;

class ArtifactCatalogTests {

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

	@Test
	void papersArePlannedTheirArxivPdfAndPdfLinksBoundedPerPaperAndPlanningAgainChangesNothing() throws Exception {
		DigestRef digest = CatalogEntries.digest("a", CatalogEntries.JUL_29);
		this.db
			.write(1, List.of(CatalogEntries.entry(digest, 1, "Paper With An Id", "See https://example.org/one.pdf and "
					+ "https://example.org/two.PDF?dl=1 and https://example.org/three.pdf and https://github.com/a/b.",
					"2401.00001"), CatalogEntries.entry(digest, 2, "Paper Without Links", "Nothing to fetch here.")));
		Connection c = this.db.connection();

		int planned = ArtifactCatalog.plan(c, "http://127.0.0.1:9/", 3);
		int again = ArtifactCatalog.plan(c, "http://127.0.0.1:9/", 3);
		c.commit();

		assertThat(planned).isEqualTo(3);
		assertThat(again).isZero();
		assertThat(this.db.column("SELECT url FROM artifact ORDER BY url")).containsExactly(
				"http://127.0.0.1:9/pdf/2401.00001", "https://example.org/one.pdf", "https://example.org/three.pdf");
		assertThat(this.db.column("SELECT DISTINCT status FROM artifact")).containsExactly("PENDING");
		assertThat(ArtifactCatalog.pendingHosts(this.db.dataSource())).containsExactly("127.0.0.1", "example.org");
	}

	@Test
	void onlyLinksThatArePdfsArePlanned() {
		assertThat(ArtifactCatalog.isPdfUrl("https://example.org/paper.pdf")).isTrue();
		assertThat(ArtifactCatalog.isPdfUrl("https://example.org/paper.PDF?download=1")).isTrue();
		assertThat(ArtifactCatalog.isPdfUrl("https://arxiv.org/pdf/2401.00001")).isTrue();
		assertThat(ArtifactCatalog.isPdfUrl("https://arxiv.org/abs/2401.00001")).isFalse();
		assertThat(ArtifactCatalog.isPdfUrl("https://github.com/a/b")).isFalse();
		assertThat(ArtifactCatalog.isPdfUrl("https://example.org/pdf-tools")).isFalse();
	}

	@Test
	void pendingArtifactsArePagedByKeyPerHostAndLeaveTheSetWhenRecorded() throws Exception {
		DigestRef digest = CatalogEntries.digest("a", CatalogEntries.JUL_29);
		this.db.write(1,
				List.of(CatalogEntries.entry(digest, 1, "One", "At https://h1.org/a.pdf and https://h2.org/b.pdf."),
						CatalogEntries.entry(digest, 2, "Two", "At https://h1.org/c.pdf.")));
		Connection c = this.db.connection();
		ArtifactCatalog.plan(c, "https://arxiv.org", 3);

		List<PendingArtifact> first = ArtifactCatalog.pending(c, List.of("h1.org"), "", "", 1);
		List<PendingArtifact> rest = ArtifactCatalog.pending(c, List.of("h1.org"), first.get(0).paperId(),
				first.get(0).url(), 10);
		ArtifactCatalog.record(c, first.get(0), new ArtifactOutcome(false, null, 404, null, null, null, null, null, 1,
				"HTTP 404", java.time.Instant.EPOCH, null));

		assertThat(first).hasSize(1);
		assertThat(rest).hasSize(1).extracting(PendingArtifact::url).doesNotContain(first.get(0).url());
		assertThat(ArtifactCatalog.pending(c, List.of("h1.org"), "", "", 10)).containsExactly(rest.get(0));
		assertThat(this.db.column("SELECT failure FROM artifact WHERE status = 'FAILED'")).containsExactly("HTTP 404");
	}

}
