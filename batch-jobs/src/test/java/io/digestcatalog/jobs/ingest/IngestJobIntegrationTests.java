package io.digestcatalog.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.digestcatalog.core.catalog.CatalogSnapshot;
import io.digestcatalog.jobs.Digests;
import io.digestcatalog.jobs.IngestTestApplication;

@SpringBootTest(classes = IngestTestApplication.class)
class IngestJobIntegrationTests {

	@TempDir
	static Path dbDir;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		IngestTestApplication.register(registry, dbDir);
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job ingestJob;

	@Autowired
	DataSource dataSource;

	JdbcTemplate jdbc;

	@TempDir
	Path work;

	private static long runId = System.nanoTime();

	@BeforeEach
	void emptyCatalog() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		IngestTestApplication.emptyCatalog(this.dataSource);
	}

	JobExecution ingest(Path... inputs) throws Exception {
		List<String> paths = java.util.Arrays.stream(inputs).map(Path::toString).toList();
		return this.jobOperator.start(this.ingestJob, IngestJobParameters.of(paths, null, null, runId++));
	}

	static StepExecution step(JobExecution execution, String name) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	@Test
	void canonicalDigestLoadsAs56PapersWith11Links() throws Exception {
		JobExecution execution = ingest(Digests.canonical());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution read = step(execution, IngestJobConfiguration.READ_STEP);
		assertThat(read.getReadCount()).isEqualTo(56);
		assertThat(read.getWriteCount()).isEqualTo(56);
		assertThat(read.getSkipCount()).isZero();
		assertThat(read.getCommitCount()).isEqualTo(2); // chunks of 50
		assertThat(count("SELECT COUNT(*) FROM paper")).isEqualTo(56);
		assertThat(count("SELECT COUNT(*) FROM appearance")).isEqualTo(56);
		assertThat(count("SELECT COUNT(*) FROM paper_link")).isEqualTo(11);
		assertThat(count("SELECT COUNT(*) FROM paper_link WHERE kind = 'CODE'")).isEqualTo(10);
		assertThat(this.jdbc.queryForObject("SELECT url FROM paper_link WHERE kind = 'PROJECT_PAGE'", String.class))
			.isEqualTo("https://zhao-yian.github.io/GraCo");
		assertThat(this.jdbc.queryForMap("SELECT completed, entry_count, quarantined_count, digest_date FROM digest"))
			.containsEntry("COMPLETED", true)
			.containsEntry("ENTRY_COUNT", 56)
			.containsEntry("QUARANTINED_COUNT", 0);
		IngestSummary summary = IngestSummary.of(execution);
		assertThat(summary.papersNew()).isEqualTo(56);
		assertThat(summary.links()).isEqualTo(11);
		assertThat(summary.quarantined()).isZero();
	}

	@Test
	void ingestingTheSameBytesAgainChangesNothingEvenUnderAnotherName() throws Exception {
		ingest(Digests.canonical());
		Map<String, List<String>> before = CatalogSnapshot.of(this.dataSource);
		Path copy = Files.copy(Digests.canonical(), this.work.resolve("renamed.txt"));

		JobExecution again = ingest(Digests.canonical());
		JobExecution renamed = ingest(copy);

		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(IngestSummary.of(again).sourcesUnchanged()).isEqualTo(1);
		assertThat(IngestSummary.of(renamed).sourcesUnchanged()).isEqualTo(1);
		assertThat(step(renamed, IngestJobConfiguration.READ_STEP).getReadCount()).isZero();
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void badEntriesGoToQuarantineWithTheirReasonAndTheRestLoads() throws Exception {
		Path digest = this.work.resolve("2026-07-30.txt");
		Files.writeString(digest,
				"""
						Daily Papers

						Jul 30

						A Good Paper About Graphs

						We propose a graph method. It works well on many benchmarks and beats the baselines.

						This paragraph has no title line before it because the title that belonged to it was lost when the digest was cut and pasted by a careless script that dropped lines. It is long enough to be an abstract, clearly more than three hundred characters of running prose about a method that nobody will ever know the name of.

						Another Good Paper About Vision

						We propose a vision method with a binary \u0001 byte inside it, which no digest should contain.

						A Third Good Paper

						It has a fine abstract, with a link to https://github.com/example/third.
						""",
				StandardCharsets.UTF_8);

		JobExecution execution = ingest(digest);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution read = step(execution, IngestJobConfiguration.READ_STEP);
		assertThat(read.getReadCount()).isEqualTo(4);
		assertThat(read.getWriteCount()).isEqualTo(2);
		assertThat(read.getProcessSkipCount()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("SELECT reason FROM quarantine ORDER BY ordinal", String.class))
			.containsExactly("paragraph without a title line before it", "control characters in text");
		assertThat(this.jdbc.queryForList("SELECT title FROM paper ORDER BY title", String.class))
			.containsExactly("A Good Paper About Graphs", "A Third Good Paper");
		assertThat(IngestSummary.of(execution).quarantined()).isEqualTo(2);
	}

	@Test
	void brokenFilesAreQuarantinedWholeWithTheirReasonAndTheFolderStillLoads() throws Exception {
		Path folder = Files.createDirectories(this.work.resolve("inbox"));
		Files.copy(Digests.canonical(), folder.resolve("daily-papers-jul29.txt"));
		byte[] junk = new byte[4096];
		new java.util.Random(7).nextBytes(junk);
		junk[10] = 0;
		Files.write(folder.resolve("notes.txt"), junk);
		Files.write(folder.resolve("empty.txt"), new byte[0]);
		String dump = Files.readString(Path.of(System.getProperty("digestcat.shared", "../../shared"),
				"corpus/hf-daily-papers-api/2026-01-26.json"));
		Files.writeString(folder.resolve("2026-01-26.json"), dump.substring(0, dump.length() / 2));

		JobExecution execution = ingest(folder);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT location || ': ' || reason FROM quarantine ORDER BY location",
				String.class))
			.satisfiesExactly(
					truncated -> assertThat(truncated)
						.startsWith(folder.resolve("2026-01-26.json") + ": the dump ends early (truncated JSON)"),
					empty -> assertThat(empty).isEqualTo(folder.resolve("empty.txt") + ": empty file"),
					binary -> assertThat(binary)
						.isEqualTo(folder.resolve("notes.txt") + ": binary content (NUL bytes), not a text digest"));
		assertThat(count("SELECT COUNT(*) FROM paper WHERE arxiv_id IS NULL")).isEqualTo(56);
		assertThat(count("SELECT COUNT(*) FROM paper WHERE arxiv_id IS NOT NULL")).as("items before the cut")
			.isPositive();
		assertThat(IngestSummary.of(execution).sourcesRead()).isEqualTo(4);
	}

	@Test
	void titlesDifferingOnlyInCaseAndPunctuationAcrossDigestsAreOnePaperSeenTwice() throws Exception {
		Path first = Files.writeString(this.work.resolve("2026-07-01.txt"),
				"Jul 1\n\nMavors: Multi-Granularity Video Representation\n\nAn abstract about video.\n");
		Path second = Files.writeString(this.work.resolve("2026-07-02.txt"),
				"Jul 2\n\nMAVORS — multi granularity video representation\n\nThe same abstract about video.\n");

		ingest(first, second);

		assertThat(count("SELECT COUNT(*) FROM paper")).isEqualTo(1);
		assertThat(this.jdbc.queryForList("SELECT matched_by FROM appearance ORDER BY matched_by", String.class))
			.containsExactly("new", "title");
		assertThat(this.jdbc.queryForMap("SELECT first_seen, last_seen FROM paper").values()).map(String::valueOf)
			.containsExactly("2026-07-01", "2026-07-02");
	}

	@Test
	void anExplicitDigestDateWinsAndTheDigestRecordsWhereItsDateCameFrom() throws Exception {
		JobExecution execution = this.jobOperator.start(this.ingestJob, IngestJobParameters
			.of(List.of(Digests.canonical().toString()), java.time.LocalDate.of(2025, 7, 29), null, runId++));

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForMap("SELECT digest_date, date_origin FROM digest"))
			.containsEntry("DIGEST_DATE", java.sql.Date.valueOf("2025-07-29"))
			.containsEntry("DATE_ORIGIN", "from --digest-date");
		assertThat(this.jdbc.queryForList("SELECT DISTINCT first_seen FROM paper", java.sql.Date.class))
			.containsExactly(java.sql.Date.valueOf("2025-07-29"));
	}

}
