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

import io.digestcatalog.core.catalog.CatalogCorrections;
import io.digestcatalog.core.catalog.CatalogSnapshot;
import io.digestcatalog.core.catalog.SourceRanking;
import io.digestcatalog.jobs.IngestTestApplication;
import io.digestcatalog.jobs.ingest.IngestJobParameters;

/**
 * Night after night: each ingest resolves only the records it loaded against the stored
 * resolution, a full resolution finds nothing to change, and an operator's unmerge holds
 * through the nights after it.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class ResolveNightlyIntegrationTests {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		IngestTestApplication.register(registry, dir);
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job ingestJob;

	@Autowired
	Job resolveJob;

	@Autowired
	DataSource dataSource;

	@Test
	void nightlyRunsCompareOnlyNewRecordsAndAnUnmergeSurvivesThem() throws Exception {
		// given night 1: the listing e-mail and the daily-papers JSON
		Path inbox = ResolveStepIntegrationTests.threeSourceInbox(dir);
		Path night1 = Files.createDirectories(dir.resolve("night1"));
		Files.move(inbox.resolve("listing-2026-01-26.txt"), night1.resolve("listing-2026-01-26.txt"));
		Files.move(inbox.resolve("2026-01-26.json"), night1.resolve("2026-01-26.json"));
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		JobExecution first = ingest(night1, 1);
		long records1 = jdbc.queryForObject("SELECT COUNT(*) FROM appearance", Long.class);
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resolveStep(first).getExecutionContext().getLong(ResolveTasklet.FRESH)).isEqualTo(records1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_resolution WHERE cluster_id IS NULL", Long.class))
			.isZero();

		// when night 2 brings the text digest with the shortened title
		JobExecution second = ingest(inbox, 2);

		// then only its one record is compared, and it joins the paper by similarity
		StepExecution resolve2 = resolveStep(second);
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resolve2.getExecutionContext().getLong(ResolveTasklet.FRESH)).isEqualTo(1);
		assertThat(resolve2.getExecutionContext().getLong(ResolveTasklet.RECORDS)).isEqualTo(records1 + 1);
		assertThat(resolve2.getWriteCount()).isEqualTo(1);
		String paper = jdbc.queryForObject("SELECT paper_id FROM paper WHERE arxiv_id = '2601.16725'", String.class);
		String textRecord = jdbc.queryForObject("""
				SELECT a.record_id FROM appearance a JOIN digest d ON d.digest_sha = a.digest_sha
				WHERE d.format = 'text'""", String.class);
		assertThat(jdbc.queryForObject("SELECT paper_id FROM appearance WHERE record_id = ?", String.class, textRecord))
			.isEqualTo(paper);

		// and a full resolution of every record changes nothing
		Map<String, List<String>> incremental = CatalogSnapshot.of(this.dataSource);
		JobExecution full = resolve(true, 3);
		assertThat(full.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resolveStep(full).getExecutionContext().getLong(ResolveTasklet.FRESH)).isEqualTo(records1 + 1);
		assertThat(resolveStep(full).getWriteCount()).isZero();
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(incremental);

		// when the operator takes the text record back out
		var unmerged = new CatalogCorrections(this.dataSource, SourceRanking.DEFAULT).unmerge(paper, textRecord,
				"not the same report");

		// then it is a paper of its own, and neither the next night nor a full run joins
		// them
		assertThat(unmerged.newPaperId()).isNotEqualTo(paper);
		Path night3 = Files.createDirectories(dir.resolve("night3"));
		Files.writeString(night3.resolve("daily-papers-2026-01-28.txt"),
				Files.readString(inbox.resolve("daily-papers-2026-01-27.txt")).replace("Jan 27", "Jan 28"));
		JobExecution third = ingest(night3, 4);
		assertThat(third.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resolveStep(third).getExecutionContext().getLong(ResolveTasklet.FRESH)).isEqualTo(1);
		JobExecution fullAgain = resolve(true, 5);
		assertThat(fullAgain.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.queryForList("SELECT paper_id FROM appearance WHERE paper_id IN (?, ?) ORDER BY paper_id",
				String.class, paper, unmerged.newPaperId()))
			.containsExactlyInAnyOrder(paper, paper, unmerged.newPaperId(), unmerged.newPaperId());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM paper WHERE title LIKE 'LongCat%'", Integer.class))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM resolve_override WHERE kind = 'never'", Integer.class))
			.isEqualTo(2);
	}

	private JobExecution ingest(Path inbox, long run) throws Exception {
		return this.jobOperator.start(this.ingestJob,
				IngestJobParameters.of(List.of(inbox.toString()), null, null, run));
	}

	private JobExecution resolve(boolean full, long run) throws Exception {
		return this.jobOperator.start(this.resolveJob,
				new JobParametersBuilder().addLong("run.id", run)
					.addString(ResolveStepConfiguration.FULL, String.valueOf(full))
					.toJobParameters());
	}

	private static StepExecution resolveStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(ResolveStepConfiguration.RESOLVE_STEP))
			.findFirst()
			.orElseThrow();
	}

}
