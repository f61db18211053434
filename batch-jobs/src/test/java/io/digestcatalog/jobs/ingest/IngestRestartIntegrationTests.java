package io.digestcatalog.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.digestcatalog.core.catalog.CatalogSnapshot;
import io.digestcatalog.jobs.Digests;
import io.digestcatalog.jobs.IngestTestApplication;
import io.digestcatalog.jobs.TestDatabase;
import io.digestcatalog.jobs.ops.JobsOperations;

/**
 * A run that fails mid-step (a database trigger rejects one entry's insert, as a full
 * disk or a dropped connection would) is restarted by an operator and ends exactly as a
 * clean run.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class IngestRestartIntegrationTests {

	@TempDir
	static Path dbDir;

	static TestDatabase database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = IngestTestApplication.register(registry, dbDir);
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job ingestJob;

	@Autowired
	JobsOperations operations;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path work;

	@Test
	void failedRunRestartedByTheOperatorEndsAsACleanRunWould() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		Path digest = Digests.generate(this.work.resolve("generated.txt"), 400);
		database.failInserts(jdbc, "appearance", "newrow.ordinal = 175");

		JobExecution failed = this.jobOperator.start(this.ingestJob,
				IngestJobParameters.of(List.of(digest.toString()), null, null, 1));

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(IngestSummary.of(failed).failures()).anySatisfy(f -> assertThat(f).contains("injected failure"));
		// chunks of 50: the first three committed, the fourth rolled back whole
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appearance", Long.class)).isEqualTo(150);

		database.stopFailing(jdbc, "appearance");
		JobExecution restarted = this.operations.restart(failed.getId());

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		StepExecution read = restarted.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(IngestJobConfiguration.READ_STEP))
			.findFirst()
			.orElseThrow();
		assertThat(read.getWriteCount()).as("written by the restart alone").isEqualTo(250);
		IngestSummary summary = IngestSummary.of(restarted);
		assertThat(summary.entriesRead()).isEqualTo(400);
		assertThat(summary.papersNew()).isEqualTo(400);
		Map<String, List<String>> afterRestart = CatalogSnapshot.of(this.dataSource);

		IngestTestApplication.emptyCatalog(this.dataSource);
		JobExecution clean = this.jobOperator.start(this.ingestJob,
				IngestJobParameters.of(List.of(digest.toString()), null, null, 2));

		assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(afterRestart);
		assertThat(afterRestart.get("paper")).hasSize(400);
		assertThat(afterRestart.get("paper_link")).hasSize(400);
	}

}
