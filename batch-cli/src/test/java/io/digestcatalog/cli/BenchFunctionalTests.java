package io.digestcatalog.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code digestcat bench} at its smoke size, as CI runs it: every phase runs and checks
 * what it must (a rerun changes nothing, a restart after SIGKILL ends as the clean run, a
 * rebuild keeps every record). Timings are printed, never asserted: this fails only on a
 * functional error.
 */
class BenchFunctionalTests {

	@TempDir
	Path dir;

	@Test
	void theSmokeBenchmarkRunsEveryPhaseAndReportsEachAsTableAndJson() throws Exception {
		Path work = this.dir.resolve("bench");
		Path json = this.dir.resolve("bench.json");
		String jar = System.getProperty("digestcat.jar", "target/digestcat.jar");
		String corpus = Path.of(System.getProperty("digestcat.shared", "../shared"), "corpus")
			.toAbsolutePath()
			.toString();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar,
						"bench", "--size", "100", "--work", work.toString(), "--json", json.toString(), "--corpus",
						corpus, "--java-options", "-Xmx512m"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("bench.log").toFile())
			.start();
		boolean ended = process.waitFor(Duration.ofMinutes(15).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		String log = Files.readString(this.dir.resolve("bench.log"));
		if (!ended) {
			process.destroyForcibly();
		}
		assertThat(ended).as(log).isTrue();
		assertThat(process.exitValue()).as(log).isZero();

		// the table names every phase
		assertThat(log).contains("floor: read + parse", "ceiling: paper + appearance rows", "ceiling: the catalog's",
				"ingest (full, end to end)", "restart after SIGKILL at 90%", "unchanged rerun", "nightly (+1 digests)",
				"rebuild (full catalog)", "peak RSS of any job", "CLI --help", "CLI jobs list",
				"PDF metadata, 1 thread", "PDF metadata, 2 threads");
		assertThat(log).doesNotContain("Exception", "\tat ");

		// and the JSON holds the same, with no functional failure
		JsonNode root = JsonMapper.builder().build().readTree(json.toFile());
		assertThat(root.get("failures")).isEmpty();
		long entries = root.get("corpus").get("entries").asLong();
		assertThat(entries).isBetween(100L * 40, 100L * 60);
		List<String> phases = new ArrayList<>();
		for (JsonNode m : root.get("measures")) {
			phases.add(m.get("phase").asString());
		}
		assertThat(phases).hasSize(13);
		JsonNode full = measure(root, "ingest (full, end to end)");
		assertThat(full.get("entries").asLong()).isEqualTo(entries);
		assertThat(full.get("millis").asLong()).isPositive();
		assertThat(full.get("peakRssBytes").asLong()).isPositive();
		assertThat(full.get("peakHeapBytes").asLong()).isPositive();
		assertThat(measure(root, "floor: read + parse").get("entries").asLong()).isEqualTo(entries);
		assertThat(measure(root, "ceiling: paper + appearance rows").get("entries").asLong()).isEqualTo(entries);
		// every row the ingest left was copied: more than a paper and an appearance each
		JsonNode rows = measure(root, "ceiling: the catalog's");
		assertThat(rows.get("entries").asLong()).isEqualTo(entries);
		assertThat(rows.get("ratio").asDouble()).as("rows per entry").isGreaterThan(2);
		assertThat(measure(root, "PDF metadata, 2 threads").get("entries").asLong()).isPositive();
	}

	private static JsonNode measure(JsonNode root, String phase) {
		for (JsonNode m : root.get("measures")) {
			if (m.get("phase").asString().startsWith(phase)) {
				return m;
			}
		}
		throw new AssertionError("no measure " + phase + " in " + root);
	}

}
