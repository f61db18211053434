package io.digestcatalog.jobs.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
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

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.dedupe.NormalizedTitle;
import io.digestcatalog.jobs.IngestTestApplication;
import io.digestcatalog.jobs.ingest.IngestJobParameters;

/**
 * An operator's never-merge correction, written against paper ids, keeps entity
 * resolution from merging the two papers it names.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class ResolveOverrideIntegrationTests {

	static final String ARXIV_PAPER = new DedupeKey(DedupeKey.ARXIV, "2601.16725").paperId();

	static final String TEXT_PAPER = new DedupeKey(DedupeKey.TITLE,
			NormalizedTitle.of(ResolveStepIntegrationTests.SHORT_TITLE).hash())
		.paperId();

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		IngestTestApplication.register(registry, dir);
		registry.add("digestcat.resolve.never-merge", () -> TEXT_PAPER + " " + ARXIV_PAPER);
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job ingestJob;

	@Autowired
	DataSource dataSource;

	@Test
	void aNeverMergePairStaysTwoPapers() throws Exception {
		Path inbox = ResolveStepIntegrationTests.threeSourceInbox(dir);

		JobExecution execution = this.jobOperator.start(this.ingestJob,
				IngestJobParameters.of(List.of(inbox.toString()), null, null, 1));

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForList("SELECT paper_id FROM paper WHERE title LIKE 'LongCat%' ORDER BY paper_id",
				String.class))
			.containsExactlyInAnyOrder(ARXIV_PAPER, TEXT_PAPER);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM merge_decision", Integer.class)).isZero();
	}

}
