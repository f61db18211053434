package io.digestcatalog.jobs.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

import io.digestcatalog.jobs.IngestTestApplication;
import io.digestcatalog.jobs.ingest.IngestJobParameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same paper arriving as an arXiv listing e-mail entry, a daily-papers JSON item and
 * a text digest entry whose title lost a word ends as one paper with three appearances:
 * the first two share the arXiv id, the third is found by entity resolution, with its
 * reason.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class ResolveStepIntegrationTests {

	static final Path CORPUS = Path.of(System.getProperty("digestcat.shared", "../../shared"), "corpus");

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
	DataSource dataSource;

	@Test
	void onePaperFromThreeSourcesEndsWithThreeAppearancesAndTheReasonOfEachMerge() throws Exception {
		Path inbox = threeSourceInbox(dir);

		JobExecution execution = this.jobOperator.start(this.ingestJob,
				IngestJobParameters.of(List.of(inbox.toString()), null, null, 1));

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String paper = jdbc.queryForObject("SELECT paper_id FROM paper WHERE arxiv_id = '2601.16725'", String.class);
		assertThat(jdbc.queryForList("""
				SELECT d.format FROM appearance a JOIN digest d ON d.digest_sha = a.digest_sha
				WHERE a.paper_id = ? ORDER BY d.format""", String.class, paper)).containsExactly("arxiv-email",
				"hf-json", "text");
		assertThat(jdbc.queryForList("SELECT reason FROM merge_decision WHERE survivor_id = ?", String.class, paper))
			.singleElement()
			.asString()
			.startsWith("entity resolution: SIMILARITY");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM paper WHERE title LIKE 'LongCat%'", Integer.class))
			.isEqualTo(1);
	}

	static Path threeSourceInbox(Path dir) throws java.io.IOException {
		return io.digestcatalog.jobs.Digests.threeSourceInbox(dir);
	}

	static final String SHORT_TITLE = io.digestcatalog.jobs.Digests.SHORT_TITLE;

}
