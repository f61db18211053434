package io.digestcatalog.jobs.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.digestcatalog.core.digest.InputFilter;
import io.digestcatalog.jobs.IngestTestApplication;
import io.digestcatalog.jobs.ingest.IngestJobParameters;
import io.digestcatalog.jobs.ingest.IngestSummary;

/**
 * The ingest job fetching the PDFs a digest links to, from a real server on 127.0.0.1
 * (the only address allowed), through scripted faults; every artifact ends fetched or
 * failed with its reason, PDF metadata enriches papers, and the job completes.
 */
@SpringBootTest(classes = IngestTestApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArtifactStepsIntegrationTests {

	static final PdfServer server;

	static {
		try {
			server = new PdfServer();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		IngestTestApplication.register(registry, dir);
		registry.add("digestcat.artifacts.enabled", () -> "true");
		registry.add("digestcat.artifacts.allow", () -> "127.0.0.1:" + server.port());
		registry.add("digestcat.artifacts.store-dir", () -> dir.resolve("artifacts").toString());
		registry.add("digestcat.artifacts.per-host-interval", () -> "20ms");
		registry.add("digestcat.artifacts.max-attempts", () -> "2");
		Path papers = PdfServer.CORPUS.resolve("pdfs/science-parse");
		server.pdf("zolotov04.pdf", papers.resolve("zolotov04.pdf"))
			.pdf("superscripttest.pdf", papers.resolve("superscripttest.pdf"))
			.body("/papers/fake.pdf", "<!DOCTYPE html><html><body>Sign in</body></html>".getBytes())
			.body("/papers/corrupt.pdf", "%PDF-1.5\n1 0 obj << /Type /Catalog >> garbage %%EOF".getBytes())
			.body("/papers/encrypted.pdf", encryptedPdf());
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job ingestJob;

	@Autowired
	DataSource dataSource;

	static byte[] encryptedPdf() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage());
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			doc.protect(policy);
			doc.save(out);
			return out.toByteArray();
		}
	}

	static String entry(String title, String url) {
		// an abstract long enough to identify the paper when a later digest lists it
		// again
		return title + "\n\nWe describe the work in this paper at length: its method, the data it was evaluated on, "
				+ "the baselines it is compared with, the results it reaches and their limits. We link its PDF: " + url
				+ " .\n\n";
	}

	JobExecution ingest(String name, String text, boolean refetch) throws Exception {
		return ingest(name, text, true, refetch);
	}

	JobExecution ingest(String name, String text, boolean artifacts, boolean refetch) throws Exception {
		Path digest = Files.writeString(dir.resolve(name), "Jul 29\n\n" + text);
		return this.jobOperator.start(this.ingestJob, IngestJobParameters.of(List.of(digest.toString()),
				InputFilter.ALL, null, null, System.nanoTime(), artifacts, refetch));
	}

	@Test
	@Order(1)
	void everyLinkedPdfEndsFetchedOrFailedWithItsReasonAndEnrichesItsPaper() throws Exception {
		JobExecution execution = ingest("2025-07-29.txt",
				entry("Indexing XML Data", server.url("/papers/zolotov04.pdf"))
						+ entry("Learning Something Different", server.url("/papers/superscripttest.pdf"))
						+ entry("A Second Title For The Stamped Paper", server.url("/flaky/superscripttest.pdf"))
						+ entry("An HTML Page Posing As A PDF", server.url("/papers/fake.pdf"))
						+ entry("A Missing Paper", server.url("/papers/missing.pdf"))
						+ entry("An Encrypted Paper", server.url("/papers/encrypted.pdf"))
						+ entry("A Corrupt Paper", server.url("/papers/corrupt.pdf"))
						+ entry("A Paper Behind A Redirect", server.url("/private.pdf")),
				false);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		Map<String, Map<String, Object>> artifacts = new java.util.HashMap<>();
		jdbc.queryForList("SELECT * FROM artifact")
			.forEach(row -> artifacts.put(((String) row.get("URL")).replaceFirst("^http://127.0.0.1:\\d+", ""), row));
		assertThat(artifacts).hasSize(8);
		assertThat(artifacts.values()).allSatisfy(a -> assertThat(a.get("STATUS")).isIn("FETCHED", "FAILED"));
		assertThat(artifacts.get("/papers/zolotov04.pdf")).containsEntry("STATUS", "FETCHED")
			.containsEntry("PDF_TITLE", "Indexing XML Data Stored in a Relational Database");
		assertThat(artifacts.get("/flaky/superscripttest.pdf")).containsEntry("STATUS", "FETCHED")
			.containsEntry("ATTEMPTS", 2);
		assertThat((String) artifacts.get("/papers/fake.pdf").get("FAILURE")).startsWith("not a PDF");
		assertThat(artifacts.get("/papers/missing.pdf")).containsEntry("FAILURE", "HTTP 404");
		assertThat(artifacts.get("/papers/encrypted.pdf")).containsEntry("STATUS", "FETCHED");
		assertThat((String) artifacts.get("/papers/encrypted.pdf").get("PDF_FAILURE")).contains("encrypted");
		assertThat((String) artifacts.get("/papers/corrupt.pdf").get("PDF_FAILURE")).isNotBlank();
		assertThat((String) artifacts.get("/private.pdf").get("FAILURE")).contains("10.0.0.5");
		// the stamped PDF names arXiv 1504.06236: both titles are one paper now
		assertThat(jdbc.queryForList("SELECT title FROM paper WHERE arxiv_id = '1504.06236'", String.class))
			.singleElement()
			.isIn("Learning Something Different", "A Second Title For The Stamped Paper");
		assertThat(jdbc.queryForObject("SELECT reason FROM merge_decision", String.class)).contains("arxiv:1504.06236");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM paper", Integer.class)).isEqualTo(7);
		assertThat(
				jdbc.queryForObject("SELECT source FROM paper_field_source f JOIN paper p ON p.paper_id = f.paper_id "
						+ "WHERE p.arxiv_id = '1504.06236' AND f.field = 'arxiv_id'", String.class))
			.isEqualTo("pdf");
		// the same PDF linked twice is stored once
		try (Stream<Path> files = Files.walk(dir.resolve("artifacts"))) {
			assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(4);
		}
		IngestSummary.Artifacts summary = IngestSummary.of(execution).artifacts();
		assertThat(summary.fetched()).isEqualTo(5);
		assertThat(summary.failed()).isEqualTo(3);
	}

	@Test
	@Order(2)
	void aLaterRunFetchesNothingAlreadyStoredAndRefetchAsksConditionally() throws Exception {
		int before = server.totalRequests();

		JobExecution later = ingest("2025-07-30.txt", entry("Indexing XML Data", server.url("/papers/zolotov04.pdf")),
				false);
		int afterLater = server.totalRequests();
		JobExecution refetch = ingest("2025-07-31.txt", entry("Another Paper Without A Pdf", "https://example.org/x"),
				true);

		assertThat(later.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(afterLater).isEqualTo(before);
		assertThat(refetch.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(server.conditional.get("/papers/zolotov04.pdf")).as("answered 304").hasValue(1);
		assertThat(new JdbcTemplate(this.dataSource)
			.queryForObject("SELECT status FROM artifact WHERE url LIKE '%/papers/zolotov04.pdf'", String.class))
			.isEqualTo("FETCHED");
	}

	@Test
	@Order(3)
	void aRunWithoutArtifactsFetchesNoneOfThoseAnEarlierRunLeftPending() throws Exception {
		// given: an artifact left pending (a rebuild or a killed run plans more than it
		// fetches)
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("UPDATE artifact SET status = 'PENDING' WHERE url LIKE '%/papers/zolotov04.pdf'");
		int before = server.totalRequests();

		// when
		JobExecution without = ingest("2025-08-01.txt",
				entry("A Paper Read Without Artifacts", "https://example.org/y"), false, false);
		int afterWithout = server.totalRequests();
		String statusWithout = jdbc
			.queryForObject("SELECT status FROM artifact WHERE url LIKE '%/papers/zolotov04.pdf'", String.class);
		JobExecution with = ingest("2025-08-02.txt", entry("A Paper Read With Artifacts", "https://example.org/z"),
				false);

		// then
		assertThat(without.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(afterWithout).isEqualTo(before);
		assertThat(statusWithout).isEqualTo("PENDING");
		assertThat(with.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(server.totalRequests()).isGreaterThan(afterWithout);
		assertThat(jdbc.queryForObject("SELECT status FROM artifact WHERE url LIKE '%/papers/zolotov04.pdf'",
				String.class))
			.isEqualTo("FETCHED");
	}

}
