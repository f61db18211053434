package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.digestcatalog.jobs.TestDatabase;

/**
 * An operator's view of entity resolution: {@code catalog show} lists a paper's records,
 * {@code catalog unmerge} takes one out for good, {@code resolve} reruns resolution.
 */
@SpringBootTest(classes = DigestCatApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectionCommandsIntegrationTests {

	static final Path CORPUS = Path.of(System.getProperty("digestcat.shared", "../../shared"), "corpus")
		.toAbsolutePath()
		.normalize();

	@TempDir
	static Path dataDir;

	@TempDir
	static Path inbox;

	static TestDatabase database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = TestDatabase.registerCatalog(registry, dataDir);
	}

	@BeforeAll
	static void digests() throws Exception {
		Files.copy(CORPUS.resolve("arxiv-listing-email/2026-01-26.txt"), inbox.resolve("listing-2026-01-26.txt"));
		Files.copy(CORPUS.resolve("hf-daily-papers-api/2026-01-26.json"), inbox.resolve("2026-01-26.json"));
	}

	@Autowired
	DigestCatCommand command;

	@Autowired
	CommandLine.IFactory factory;

	@Autowired
	DataSource dataSource;

	final JsonMapper json = JsonMapper.builder().build();

	CommandRunner.Result run(String... args) {
		return new CommandRunner(this.command, this.factory).run(args);
	}

	String paper() {
		return new JdbcTemplate(this.dataSource).queryForObject("SELECT paper_id FROM appearance WHERE record_id = ?",
				String.class, hfRecord());
	}

	String hfRecord() {
		return new JdbcTemplate(this.dataSource).queryForObject("""
				SELECT a.record_id FROM appearance a JOIN digest d ON d.digest_sha = a.digest_sha
				WHERE d.format = 'hf-json' AND a.arxiv_id = '2601.16725'""", String.class);
	}

	@Test
	@Order(1)
	void showListsEveryRecordOfAPaperWithItsSourceAndTheSourceOfEachField() {
		assertThat(run("ingest", inbox.toString(), "--no-artifacts").exitCode()).isZero();

		CommandRunner.Result show = run("catalog", "show", "2601.16725");

		assertThat(show.exitCode()).isZero();
		assertThat(show.out()).contains("record " + hfRecord() + "  seen 2026-01-26")
			.containsPattern("record [0-9a-f]{16}:\\d+  seen 2026-01-23 in .*listing-2026-01-26.txt")
			.contains("authors from digest:hf-json")
			.contains("title from digest:arxiv-email");
	}

	@Test
	@Order(2)
	void unmergeTakesTheRecordOutAndShowPrintsTheCorrection() throws Exception {
		String paper = paper();
		String record = hfRecord();

		CommandRunner.Result done = run("catalog", "unmerge", paper, record, "--reason", "checking", "--json");

		assertThat(done.exitCode()).isZero();
		JsonNode out = this.json.readTree(done.out());
		assertThat(out.get("paperId").asString()).isEqualTo(paper);
		assertThat(out.get("overrides").asInt()).isEqualTo(1);
		String newPaper = out.get("newPaperId").asString();
		assertThat(paper()).isEqualTo(newPaper);
		CommandRunner.Result show = run("catalog", "show", paper);
		assertThat(show.out()).doesNotContain("record " + record + " ")
			.contains("never merge record")
			.contains("with " + record + " (now in " + newPaper + "): catalog unmerge " + paper + " " + record
					+ ": checking");
	}

	@Test
	@Order(3)
	void aFullResolutionKeepsTheCorrectionAndChangesNothingElse() throws Exception {
		String before = paper();
		// (commands are singletons whose options keep their last values: plain run first)
		CommandRunner.Result incremental = run("resolve");
		assertThat(incremental.out()).contains("COMPLETED").contains("0 compared (0 candidate pairs), 0 papers merged");

		CommandRunner.Result full = run("resolve", "--full", "--json");

		assertThat(full.exitCode()).isZero();
		JsonNode summary = this.json.readTree(full.out());
		long records = new JdbcTemplate(this.dataSource).queryForObject("SELECT COUNT(*) FROM appearance", Long.class);
		assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(summary.get("records").asLong()).isEqualTo(records);
		assertThat(summary.get("compared").asLong()).isEqualTo(records);
		assertThat(summary.get("papersMerged").asLong()).isZero();
		assertThat(paper()).isEqualTo(before);
	}

	@Test
	@Order(4)
	void unmergeErrorsAreOneLineWithExitCodeTwo() {
		String record = hfRecord();

		CommandRunner.Result notThere = run("catalog", "unmerge", "P0000000000000000", record);
		CommandRunner.Result malformed = run("catalog", "unmerge", paper(), "abc");
		CommandRunner.Result alone = run("catalog", "unmerge", paper(), record);

		assertThat(notThere.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(notThere.err().strip())
			.isEqualTo("error: record " + record + " is not in paper P0000000000000000 but in " + paper());
		assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(malformed.err().lines()).singleElement().asString().startsWith("error: not a record id: \"abc\"");
		assertThat(alone.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(alone.err().strip()).endsWith("nothing to unmerge");
	}

	@Test
	@Order(5)
	void mergeJoinsThePapersAgainAndLiftsTheNeverMerge() throws Exception {
		String arxivPaper = new JdbcTemplate(this.dataSource)
			.queryForObject("SELECT paper_id FROM paper WHERE arxiv_id = '2601.16725'", String.class);
		String hfPaper = paper();
		assertThat(hfPaper).isNotEqualTo(arxivPaper);

		CommandRunner.Result done = run("catalog", "merge", hfPaper, arxivPaper, "--reason", "they are one");
		CommandRunner.Result self = run("catalog", "merge", arxivPaper, arxivPaper);

		assertThat(done.exitCode()).isZero();
		assertThat(done.out().strip())
			.isEqualTo(hfPaper + " merged into " + arxivPaper + "; 1 never-merge correction(s) lifted");
		assertThat(paper()).isEqualTo(arxivPaper);
		assertThat(run("catalog", "show", arxivPaper).out()).contains("always merge record")
			.contains("merged " + hfPaper)
			.contains("operator: catalog merge " + hfPaper + " " + arxivPaper + ": they are one");
		assertThat(self.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(self.err().strip()).isEqualTo("error: a paper cannot be merged with itself: " + arxivPaper);
	}

	@Test
	@Order(6)
	void aFailedResolveIsRestartedAndReportsAsAResolve() {
		// given records no run has resolved, and a failure injected where their clusters
		// are stored
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		int unresolved = jdbc.update("UPDATE record_resolution SET cluster_id = NULL WHERE record_id LIKE ?",
				hfRecord().substring(0, 16) + "%");
		database.failUpdates(jdbc, "record_resolution", "newrow.cluster_id IS NOT NULL");

		CommandRunner.Result failed = run("resolve");
		database.stopFailing(jdbc, "record_resolution");
		long execution = Long.parseLong(failed.err()
			.lines()
			.filter(l -> l.startsWith("restart it with: digestcat jobs restart "))
			.findFirst()
			.orElseThrow()
			.substring("restart it with: digestcat jobs restart ".length()));
		CommandRunner.Result restarted = run("jobs", "restart", String.valueOf(execution));

		// then the failure is one line, and the restart resolves those records as a
		// resolve
		assertThat(failed.exitCode()).isEqualTo(ExitCodes.JOB_FAILED);
		assertThat(failed.err()).contains("error: resolve failed: ").contains("injected failure");
		assertThat(restarted.exitCode()).isZero();
		// (the command's options keep the values of an earlier test: this run may be
		// full)
		assertThat(unresolved).isPositive();
		assertThat(restarted.out()).contains("restarted execution " + execution)
			.containsPattern("resolve \\((incremental|full)\\): COMPLETED in [0-9.]+ s: \\d+ records");
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM record_resolution WHERE cluster_id IS NULL", Integer.class))
			.isZero();
	}

	@Test
	@Order(7)
	void correctionsPrintAsConfigurationThatNamesTheSameRecords() {
		String hf = hfRecord();

		CommandRunner.Result yaml = run("catalog", "corrections", "--yaml");

		// the unmerge's never-merge was lifted by the merge; the merge's always-merge
		// remains
		assertThat(yaml.exitCode()).isZero();
		assertThat(yaml.out()).startsWith("digestcat:\n  resolve:\n    never-merge: []\n    always-merge:\n")
			.containsPattern(
					"      - \"[0-9a-f]{16}:\\d+ [0-9a-f]{16}:\\d+\"  # catalog merge P[0-9a-f]{16} P[0-9a-f]{16}: "
							+ "they are one")
			.contains(hf);
	}

}
