package io.digestcatalog.jobs.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.digestcatalog.core.catalog.CatalogSnapshot;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.jobs.Digests;
import io.digestcatalog.jobs.IngestTestApplication;
import io.digestcatalog.jobs.TestDatabase;
import io.digestcatalog.jobs.ingest.IngestJobConfiguration;
import io.digestcatalog.jobs.ingest.IngestJobParameters;
import io.digestcatalog.jobs.ops.JobsOperations;

/**
 * With batches of 7 records, the read step resolves as it loads (chunks of 50: several
 * batches per chunk, and batches across chunks), and the catalog ends as resolving every
 * record in the resolve step alone ends it: a full resolution afterwards changes no
 * cluster, link or paper. A run failing late in its read step and restarted resolves only
 * what it loads after the restart (its last chunk), and ends as the clean run.
 */
@SpringBootTest(classes = IngestTestApplication.class, properties = "digestcat.resolve.batch-size=7")
class ResolveWhileLoadingIntegrationTests {

	@TempDir
	static Path dir;

	static TestDatabase database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = IngestTestApplication.register(registry, dir);
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job ingestJob;

	@Autowired
	Job resolveJob;

	@Autowired
	JobsOperations operations;

	@Autowired
	DataSource dataSource;

	@Test
	void resolvingWhileLoadingEndsAsResolvingAfterAndARestartResolvesOnlyTheRest() throws Exception {
		Path inbox = Digests.threeSourceInbox(dir);
		// the rest of the daily-papers dumps, read before the three sources' text and
		// listing digests (files are read in name order)
		try (var dumps = Files.list(Digests.corpus().resolve("hf-daily-papers-api"))) {
			for (Path dump : dumps.toList()) {
				if (!Files.exists(inbox.resolve(dump.getFileName()))) {
					Files.copy(dump, inbox.resolve(dump.getFileName()));
				}
			}
		}
		Files.copy(Digests.corpus().resolve("arxiv-listing-email/2026-01-23.txt"),
				inbox.resolve("listing-2026-01-23.txt"));
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		JobExecution clean = ingest(inbox, 1);

		assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long records = jdbc.queryForObject("SELECT COUNT(*) FROM appearance", Long.class);
		long whileLoading = read(clean).getExecutionContext().getLong("resolve.loading.records");
		assertThat(whileLoading).as("resolved while loading").isGreaterThan(records / 2).isLessThan(records);
		// the paper only resolution finds is one paper, with the resolver's reason
		String paper = jdbc.queryForObject("SELECT paper_id FROM paper WHERE arxiv_id = '2601.16725'", String.class);
		assertThat(jdbc.queryForList("SELECT reason FROM merge_decision WHERE survivor_id = ?", String.class, paper))
			.anySatisfy(reason -> assertThat(reason).startsWith("entity resolution: SIMILARITY"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM resolve_link", Long.class)).isPositive();
		// papers merged as their clusters formed, most of them before the resolve step
		long resolutionMerges = jdbc
			.queryForObject("SELECT COUNT(*) FROM merge_decision WHERE reason LIKE 'entity resolution%'", Long.class);
		assertThat(step(clean, ResolveStepConfiguration.RESOLVE_STEP).getWriteCount()).as("merged by the resolve step")
			.isLessThan(resolutionMerges);
		Map<String, List<String>> cleanRun = CatalogSnapshot.of(this.dataSource);

		JobExecution full = this.jobOperator.start(this.resolveJob,
				new JobParametersBuilder().addString(ResolveStepConfiguration.FULL, "true")
					.addLong("run.id", 1L)
					.toJobParameters());

		assertThat(full.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(CatalogSnapshot.of(this.dataSource)).as("after resolving every record again in the step alone")
			.isEqualTo(cleanRun);

		IngestTestApplication.emptyCatalog(this.dataSource);
		String last = new DigestFile(inbox.resolve("listing-2026-01-26.txt"), DigestFormats.standard(), null).sha256();
		database.failInserts(jdbc, "appearance", "newrow.digest_sha = '" + last + "' AND newrow.ordinal = 3");
		JobExecution failed = ingest(inbox, 2);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		database.stopFailing(jdbc, "appearance");

		JobExecution restarted = this.operations.restart(failed.getId());

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(cleanRun);
		long resolvedByTheRestart = read(restarted).getExecutionContext().getLong("resolve.loading.records")
				- read(failed).getExecutionContext().getLong("resolve.loading.records")
				+ step(restarted, ResolveStepConfiguration.RESOLVE_STEP).getExecutionContext()
					.getLong(ResolveTasklet.FRESH, 0);
		assertThat(resolvedByTheRestart).as("records the restart resolved").isPositive().isLessThan(records / 5);
	}

	private JobExecution ingest(Path inbox, long run) throws Exception {
		return this.jobOperator.start(this.ingestJob,
				IngestJobParameters.of(List.of(inbox.toString()), null, null, run));
	}

	private static StepExecution read(JobExecution execution) {
		return step(execution, IngestJobConfiguration.READ_STEP);
	}

	private static StepExecution step(JobExecution execution, String name) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
