package io.digestcatalog.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.digestcatalog.jobs.Digests;
import io.digestcatalog.jobs.IngestTestApplication;
import io.digestcatalog.jobs.ingest.IngestJobParameters;
import io.digestcatalog.jobs.ingest.IngestSummary;
import io.digestcatalog.jobs.metrics.CatalogMetrics;
import io.digestcatalog.jobs.ops.ExclusiveRuns;

/**
 * A real ingest, run under the run lock as the CLI runs it, writes its report and counts
 * its meters: the canonical digest, a listing e-mail with two malformed entries, and a
 * file that is no digest.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class RunReportIntegrationTests {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		IngestTestApplication.register(registry, dir);
		registry.add("digestcat.report.dir", () -> dir.resolve("reports").toString());
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job ingestJob;

	@Autowired
	ExclusiveRuns runs;

	@Autowired
	CatalogMetrics metrics;

	@Test
	void aRunWritesItsReportAndCountsItsMeters() throws Exception {
		Path corpus = Digests.corpus();
		List<String> inputs = List.of(Digests.canonical().toString(),
				corpus.resolve("arxiv-listing-email/malformed.txt").toString(), corpus.resolve("README.md").toString());

		JobExecution e = this.runs.run("test ingest", () -> {
			try {
				return this.jobOperator.start(this.ingestJob, IngestJobParameters.of(inputs, null, null, 1));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		IngestSummary summary = IngestSummary.of(e);
		assertThat(summary.quarantined()).isEqualTo(3);
		Path report = dir.resolve("reports").resolve("ingest-" + e.getId() + ".html");
		String html = Files.readString(report);
		assertThat(html).startsWith("<!doctype html>")
			.contains("ingest · execution " + e.getId() + "<span class=\"status COMPLETED\">COMPLETED</span>")
			.contains("<b>" + summary.entriesRead() + "</b><span>entries read</span>")
			.contains("<b>3</b><span>quarantined</span>")
			.contains("<b>" + summary.papersNew() + "</b><span>new papers</span>")
			.contains("<td>text</td><td class=\"n\">56</td>")
			.contains("<td>truncated</td>")
			.contains("<td>malformed</td>")
			.contains("<td>not-a-digest</td>")
			.contains("README.md #0 (line 1): not a digest format this build reads")
			.contains("<td>read</td><td>COMPLETED</td>");
		assertThat(html).doesNotContainPattern("(?i)<(link|img|script)\\b").doesNotContainPattern("(?i)\\bsrc=");

		MeterRegistry registry = this.metrics.registry();
		assertThat(registry.get(CatalogMetrics.ENTRIES).tag("format", "text").counter().count()).isEqualTo(56);
		assertThat(registry.get(CatalogMetrics.ENTRIES).tag("format", "arxiv-email").counter().count()).isEqualTo(5);
		assertThat(registry.get(CatalogMetrics.QUARANTINED).tag("reason", "malformed").counter().count()).isEqualTo(1);
		assertThat(registry.get(CatalogMetrics.QUARANTINED).tag("reason", "truncated").counter().count()).isEqualTo(1);
		assertThat(registry.get(CatalogMetrics.QUARANTINED).tag("reason", "not-a-digest").counter().count())
			.isEqualTo(1);
		assertThat(registry.get(CatalogMetrics.DIGESTS).tag("format", "text").tag("outcome", "read").counter().count())
			.isEqualTo(1);
		assertThat(registry.get(CatalogMetrics.DIGESTS).tag("outcome", "rejected").counter().count()).isEqualTo(1);
		assertThat(registry.get(CatalogMetrics.PAPERS_CREATED).counter().count()).isEqualTo(summary.papersNew());
		assertThat(registry.get(CatalogMetrics.LOCK_WAIT).tag("outcome", "acquired").timer().count()).isEqualTo(1);
		assertThat(registry.get("digestcat.catalog.papers").gauge().value()).isPositive();
		assertThat(registry.get("digestcat.job.last.success").tag("job.name", "ingest").timeGauge().value())
			.isGreaterThan(1.7e9);
	}

}
