package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

import io.digestcatalog.core.catalog.CatalogSnapshot;
import io.digestcatalog.jobs.TestDatabase;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI's own Spring context on a temporary HSQLDB file database: commands run as a
 * user types them, and the catalog is checked row by row.
 */
@SpringBootTest(classes = DigestCatApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DigestCatIntegrationTests {

	@TempDir
	static Path dataDir;

	static Path sample;

	static TestDatabase database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = TestDatabase.registerCatalog(registry, dataDir);
	}

	@BeforeAll
	static void sample() {
		sample = Path.of(System.getProperty("digestcat.samples", "../samples"), "daily-papers-jul29.txt")
			.toAbsolutePath()
			.normalize();
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

	@Test
	@Order(1)
	void ingestOfTheSampleDigestLoads56PapersAndPrintsTheSummary() {
		CommandRunner.Result result = run("ingest", sample.toString());

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("COMPLETED")
			.contains("entries:  56 read, 0 quarantined")
			.contains("papers:   56 new, 0 updated")
			.contains("links:    11 added");
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM paper", Long.class)).isEqualTo(56);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appearance", Long.class)).isEqualTo(56);
		assertThat(jdbc.queryForList("SELECT kind || ' ' || url FROM paper_link ORDER BY url", String.class))
			.containsExactly("CODE https://github.com/DeepGraphLearning/RecommenderSystems",
					"CODE https://github.com/DonaldRR/SimpleNet",
					"CODE https://github.com/M-Nauta/Explaining_Prototypes",
					"CODE https://github.com/chansongoal/FCM-LM",
					"CODE https://github.com/hardyho/ultrametric_feature_fields",
					"CODE https://github.com/lanxiang1017/GEM", "CODE https://github.com/sudarshanregmi/ASCOOD",
					"CODE https://github.com/tmtuan1307/NRR-DD", "CODE https://github.com/yuanshuai0914/FUSU",
					"CODE https://github.com/zjysteven/MixOE", "PROJECT_PAGE https://zhao-yian.github.io/GraCo");
		assertThat(jdbc.queryForList("SELECT DISTINCT ordinal FROM appearance ORDER BY ordinal", Long.class))
			.hasSize(56)
			.startsWith(1L, 2L, 3L)
			.endsWith(56L);
	}

	@Test
	@Order(2)
	void aNewCatalogComparesStringsAsTheyAreWithoutPadding() {
		// NO PAD (as PostgreSQL): a key with a trailing space is another key, and index
		// walks compare strings without padding the shorter one
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String key = jdbc.queryForObject("SELECT key_value FROM paper_key ORDER BY key_value FETCH FIRST 1 ROWS ONLY",
				String.class);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM paper_key WHERE key_value = ?", Long.class, key))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM paper_key WHERE key_value = ?", Long.class, key + " "))
			.isZero();
	}

	@Test
	@Order(2)
	void statsJsonReportsTheCatalog() {
		CommandRunner.Result result = run("catalog", "stats", "--json");

		assertThat(result.exitCode()).isZero();
		JsonNode stats = this.json.readTree(result.out());
		assertThat(stats.get("papers").asLong()).isEqualTo(56);
		assertThat(stats.get("appearances").asLong()).isEqualTo(56);
		assertThat(stats.get("links").asLong()).isEqualTo(11);
		assertThat(stats.get("linksByKind").get("CODE").asLong()).isEqualTo(10);
		assertThat(stats.get("quarantined").asLong()).isZero();
	}

	@Test
	@Order(3)
	void ingestingAgainLeavesEveryTableUnchanged() {
		Map<String, List<String>> before = CatalogSnapshot.of(this.dataSource);

		CommandRunner.Result result = run("ingest", sample.toString());

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("digests:  0 read, 1 unchanged");
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	@Order(4)
	void searchFindsPapersByEveryWord() {
		CommandRunner.Result result = run("catalog", "search", "granularity", "interactive", "--json");

		assertThat(result.exitCode()).isZero();
		JsonNode found = this.json.readTree(result.out());
		assertThat(found).hasSize(1);
		assertThat(found.get(0).get("title").asString())
			.isEqualTo("GraCo: Granularity-Controllable Interactive Segmentation");
	}

	@Test
	@Order(5)
	void exportWritesOneRecordPerPaperWithLinksAndAppearances(@TempDir Path out) throws Exception {
		Path jsonl = out.resolve("catalog.jsonl");
		Path csv = out.resolve("catalog.csv");

		assertThat(run("catalog", "export", "--format", "jsonl", "--out", jsonl.toString()).exitCode()).isZero();
		assertThat(run("catalog", "export", "--format", "csv", "--out", csv.toString()).exitCode()).isZero();

		List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(56);
		JsonNode gem = lines.stream()
			.map(this.json::readTree)
			.filter(n -> n.get("title").asString().startsWith("GEM:"))
			.findFirst()
			.orElseThrow();
		assertThat(gem.get("links").get(0).get("url").asString()).isEqualTo("https://github.com/lanxiang1017/GEM");
		assertThat(gem.get("links").get(0).get("kind").asString()).isEqualTo("CODE");
		assertThat(gem.get("links").get(0).get("repository").asString()).isEqualTo("lanxiang1017/GEM");
		JsonNode seen = gem.get("appearances").get(0);
		assertThat(seen.get("source").asString()).isEqualTo(sample.toString());
		assertThat(seen.get("format").asString()).isEqualTo("text");
		assertThat(seen.get("digestDate").asString()).endsWith("-07-29");
		assertThat(seen.get("ordinal").asLong()).isEqualTo(5);
		assertThat(gem.get("abstractText").asString()).startsWith("While recent multimodal large language models");
		assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0)).startsWith("paper_id,arxiv_id,");
		try (var parser = new tools.jackson.dataformat.csv.CsvMapper().readerFor(List.class)
			.with(tools.jackson.dataformat.csv.CsvReadFeature.WRAP_AS_ARRAY)
			.readValues(csv.toFile())) {
			assertThat(parser.readAll()).hasSize(57);
		}
	}

	@Test
	@Order(6)
	void jobsListAndShowDescribeTheExecutions() {
		CommandRunner.Result list = run("jobs", "list", "--json");

		assertThat(list.exitCode()).isZero();
		JsonNode executions = this.json.readTree(list.out());
		assertThat(executions).hasSize(2);
		long first = executions.get(1).get("executionId").asLong();
		CommandRunner.Result show = run("jobs", "show", String.valueOf(first));
		assertThat(show.exitCode()).isZero();
		assertThat(show.out()).contains("COMPLETED").containsPattern("read\\s+COMPLETED\\s+56\\s+56\\s+0");
	}

	@Test
	@Order(7)
	void userErrorsPrintOneLineAndExitWithTheirCode() {
		CommandRunner.Result missing = run("ingest", "/no/such/digest.txt");
		CommandRunner.Result completed = run("jobs", "restart", "1");
		CommandRunner.Result unknown = run("jobs", "show", "4242");

		assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(missing.err().strip()).isEqualTo("error: no such file or folder: /no/such/digest.txt");
		assertThat(completed.exitCode()).isEqualTo(ExitCodes.NOTHING_TO_DO);
		assertThat(completed.err().strip()).isEqualTo("error: execution 1 completed; there is nothing to restart");
		assertThat(unknown.err().lines()).hasSize(1);
	}

}
