package io.digestcatalog.jobs.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.digestcatalog.core.catalog.CatalogCorrections;
import io.digestcatalog.core.catalog.CatalogExporter;
import io.digestcatalog.core.catalog.CatalogGenerations;
import io.digestcatalog.core.catalog.CatalogSnapshot;
import io.digestcatalog.core.catalog.ExportFormat;
import io.digestcatalog.core.catalog.SourceRanking;
import io.digestcatalog.jobs.IngestTestApplication;
import io.digestcatalog.jobs.ingest.IngestJobConfiguration;
import io.digestcatalog.jobs.ingest.IngestJobParameters;
import io.digestcatalog.jobs.ops.JobsOperations;

/**
 * The rebuild job on a real HSQLDB file: a rebuild of unchanged digests equals the
 * catalog it replaces (corrections included), a vanished source keeps its records, a
 * source that cannot be read fails the rebuild while the current generation still
 * answers, a restart completes it, a rollback makes the previous generation current, and
 * a rebuild whose base was loaded into meanwhile is abandoned.
 */
@SpringBootTest(classes = IngestTestApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RebuildJobIntegrationTests {

	private static final Path CORPUS = Path.of(System.getProperty("digestcat.shared", "../shared"), "corpus");

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		IngestTestApplication.register(registry, dir);
		registry.add("digestcat.rebuild.keep-generations", () -> "2");
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job ingestJob;

	@Autowired
	Job rebuildJob;

	@Autowired
	Job resolveJob;

	@Autowired
	DataSource dataSource;

	@Autowired
	CatalogGenerations generations;

	@Autowired
	JobsOperations operations;

	private static long run = 100;

	@Test
	@Order(1)
	void aRebuildOfUnchangedDigestsEqualsTheCatalogItReplacesCorrectionsIncluded() throws Exception {
		// given two nights of ingests and an operator's unmerge
		Path inbox = io.digestcatalog.jobs.Digests.threeSourceInbox(dir);
		Path night1 = Files.createDirectories(dir.resolve("night1"));
		Files.move(inbox.resolve("listing-2026-01-26.txt"), night1.resolve("listing-2026-01-26.txt"));
		Files.copy(CORPUS.resolve("hf-daily-papers/daily-papers-jul29.txt"), night1.resolve("daily-papers-jul29.txt"));
		assertThat(ingest(night1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ingest(inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String paper = jdbc.queryForObject("SELECT paper_id FROM paper WHERE arxiv_id = '2601.16725'", String.class);
		String textRecord = jdbc.queryForObject("""
				SELECT a.record_id FROM appearance a JOIN digest d ON d.digest_sha = a.digest_sha
				WHERE d.format = 'text' AND a.paper_id = ?""", String.class, paper);
		new CatalogCorrections(this.dataSource, SourceRanking.DEFAULT).unmerge(paper, textRecord, "a report apart");
		// the resolution state catches up with the correction at the next resolve, as
		// the next night's ingest would
		assertThat(this.jobOperator
			.start(this.resolveJob, new JobParametersBuilder().addLong("run.id", run++).toJobParameters())
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String before = export();
		Map<String, List<String>> tablesBefore = CatalogSnapshot.of(this.dataSource);

		// when
		JobExecution rebuild = rebuild();

		// then: the exit status, the step counts, and the rows
		assertThat(rebuild.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution read = step(rebuild, IngestJobConfiguration.READ_STEP);
		long records = Long.parseLong(tablesBefore.get("appearance").size() + "");
		assertThat(read.getReadCount()).isEqualTo(records + tablesBefore.get("quarantine").size());
		assertThat(read.getWriteCount()).isEqualTo(records);
		assertThat(read.getSkipCount()).isEqualTo(tablesBefore.get("quarantine").size());
		assertThat(read.getCommitCount()).isPositive();
		assertThat(this.generations.current().id()).isEqualTo(2);
		assertThat(this.generations.current().basedOn()).isEqualTo(1);
		assertSameExport(export(), before);
		// the same clusters of records, whatever each cluster is named after
		assertThat(clusters(this.generations.current().schema())).isEqualTo(clusters("GEN_1"));
		Map<String, List<String>> tablesAfter = withoutClusterNames(CatalogSnapshot.of(this.dataSource));
		tablesBefore = withoutClusterNames(tablesBefore);
		for (String table : CatalogSnapshot.TABLES) {
			if (table.equals("merge_decision") || table.equals("resolve_link")) {
				// history: the current generation still holds the merge the unmerge undid
				// and the link that made it, which the rebuild, knowing the correction
				// from
				// its first record on, never made
				continue;
			}
			List<String> a = tablesAfter.get(table);
			List<String> b = tablesBefore.get(table);
			assertThat(differing(a, b)).as("columns that differ in " + table).isEqualTo(differing(b, a));
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM resolve_override", Integer.class)).isPositive();
		RebuildSummary summary = RebuildSummary.of(rebuild);
		assertThat(summary.current()).isTrue();
		assertThat(summary.kept()).isZero();
		assertThat(summary.loaded().sourcesRead()).isEqualTo(4);
	}

	@Test
	@Order(2)
	void aSourceThatVanishedIsReportedAndItsRecordsKept() throws Exception {
		String before = export();
		Files.delete(dir.resolve("night1/daily-papers-jul29.txt"));

		JobExecution rebuild = rebuild();

		assertThat(rebuild.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		RebuildSummary summary = RebuildSummary.of(rebuild);
		assertThat(summary.kept()).isEqualTo(1);
		assertThat(summary.keptSamples()).singleElement()
			.satisfies(s -> assertThat(s).contains("daily-papers-jul29.txt: the file is gone")
				.contains("56 entries are kept"));
		assertThat(this.generations.current().id()).isEqualTo(3);
		assertSameExport(export(), before);
		// two kept: the current and the one before it
		assertThat(this.generations.list()).extracting(CatalogGenerations.Generation::id).containsExactly(3, 2);
	}

	@Test
	@Order(3)
	void anUnreadableSourceFailsTheRebuildTheCurrentGenerationAnswersAndARestartCompletesIt() throws Exception {
		String before = export();
		Path listing = dir.resolve("night1/listing-2026-01-26.txt");
		Path aside = dir.resolve("listing-aside.txt");
		Files.move(listing, aside);
		Files.createDirectory(listing);

		JobExecution failed = rebuild();

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(step(failed, IngestJobConfiguration.READ_STEP).getStatus()).isEqualTo(BatchStatus.FAILED);
		var shown = this.operations.show(failed.getId());
		assertThat(shown.cause()).contains("listing-2026-01-26.txt").contains("a directory now");
		assertThat(shown.next()).isEqualTo("digestcat jobs restart " + failed.getId()
				+ "   (or give it up: digestcat jobs abandon " + failed.getId() + ")");
		assertThat(this.generations.current().id()).isEqualTo(3);
		assertSameExport(export(), before);
		assertThat(this.generations.list()).anySatisfy(g -> {
			assertThat(g.id()).isEqualTo(4);
			assertThat(g.state()).isEqualTo("BUILDING");
		});

		// when the source is back and the rebuild restarted
		Files.delete(listing);
		Files.move(aside, listing);
		JobExecution restarted = this.operations.restart(failed.getId());

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(this.generations.current().id()).isEqualTo(4);
		assertSameExport(export(), before);
	}

	@Test
	@Order(4)
	void rollbackMakesThePreviousGenerationCurrentAgain() throws Exception {
		String now = export();

		CatalogGenerations.Generation back = this.generations.rollback(null);

		assertThat(back.id()).isEqualTo(3);
		assertThat(this.generations.current().id()).isEqualTo(3);
		assertSameExport(export(), now);
		this.generations.rollback(4);
		assertThat(this.generations.current().id()).isEqualTo(4);
	}

	@Test
	@Order(5)
	void aRebuildWhoseBaseWasLoadedIntoMeanwhileIsAbandonedAndItsGenerationDropped() throws Exception {
		Path listing = dir.resolve("night1/listing-2026-01-26.txt");
		Path aside = dir.resolve("listing-aside.txt");
		Files.move(listing, aside);
		Files.createDirectory(listing);
		JobExecution failed = rebuild();
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		Files.delete(listing);
		Files.move(aside, listing);
		// the current generation gets a new digest while the rebuild waits for its
		// restart
		Path night3 = Files.createDirectories(dir.resolve("night3"));
		Files.writeString(night3.resolve("daily-papers-2026-01-29.txt"),
				"Daily Papers\n\nJan 29\n\nA Paper Nobody Saw Before\n\nIts abstract, long enough to be one.\n");
		assertThat(ingest(night3).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		int target = RebuildContext.of(failed).target();

		JobExecution restarted = this.operations.restart(failed.getId());

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.ABANDONED);
		assertThat(restarted.getExitStatus().getExitDescription()).contains("generation " + target + " was dropped");
		assertThat(this.generations.current().id()).isEqualTo(4);
		assertThat(this.generations.find(target)).isEmpty();
		assertThat(this.operations.failed()).noneMatch(v -> v.jobName().equals("rebuild"));
	}

	private java.util.Set<java.util.Set<String>> clusters(String schema) {
		java.util.Map<String, java.util.Set<String>> byCluster = new java.util.HashMap<>();
		new JdbcTemplate(this.dataSource).query(
				"SELECT record_id, cluster_id FROM \"" + schema + "\".record_resolution", (java.sql.ResultSet rs) -> {
					byCluster.computeIfAbsent(rs.getString(2), c -> new java.util.TreeSet<>()).add(rs.getString(1));
				});
		return new java.util.HashSet<>(byCluster.values());
	}

	private static Map<String, List<String>> withoutClusterNames(Map<String, List<String>> tables) {
		Map<String, List<String>> copy = new java.util.LinkedHashMap<>(tables);
		copy.put("record_resolution",
				tables.get("record_resolution")
					.stream()
					.map(r -> r.replaceAll("\\|cluster_id=[^|]*", ""))
					.sorted()
					.toList());
		return copy;
	}

	/** Of the rows only {@code a} has, the columns no row of {@code b} has. */
	private static List<String> differing(List<String> a, List<String> b) {
		java.util.Set<String> cellsOfB = new java.util.HashSet<>();
		b.forEach(r -> cellsOfB.addAll(List.of(r.split("\\|"))));
		return a.stream()
			.filter(r -> !b.contains(r))
			.flatMap(r -> java.util.Arrays.stream(r.split("\\|")))
			.filter(cell -> !cellsOfB.contains(cell))
			.map(cell -> cell.substring(0, Math.min(200, cell.length())))
			.limit(6)
			.toList();
	}

	/** Exports are equal; when not, the lines that differ say how. */
	static void assertSameExport(String actual, String expected) {
		List<String> a = actual.lines().toList();
		List<String> e = expected.lines().toList();
		assertThat(a.stream().filter(l -> !e.contains(l)).limit(3).toList()).as("lines only in the new export")
			.isEqualTo(e.stream().filter(l -> !a.contains(l)).limit(3).toList());
		assertThat(a).isEqualTo(e);
	}

	private JobExecution ingest(Path inbox) throws Exception {
		return this.jobOperator.start(this.ingestJob,
				IngestJobParameters.of(List.of(inbox.toString()), null, null, run++));
	}

	private JobExecution rebuild() throws Exception {
		JobParameters params = new JobParametersBuilder().addLong(IngestJobParameters.RUN_ID, run++).toJobParameters();
		return this.jobOperator.start(this.rebuildJob, params);
	}

	private String export() throws Exception {
		StringWriter out = new StringWriter();
		new CatalogExporter(this.dataSource).export(ExportFormat.JSONL, out);
		return out.toString();
	}

	private static StepExecution step(JobExecution execution, String name) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
