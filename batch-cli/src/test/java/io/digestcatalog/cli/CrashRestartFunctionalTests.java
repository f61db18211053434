package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.catalog.CatalogSnapshot;
import io.digestcatalog.core.digest.SyntheticDigest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real jar is killed with SIGKILL in the middle of the {@code read} step, the
 * operator restarts the execution with {@code jobs restart}, and every catalog table then
 * equals that of a clean run over the same digest.
 */
class CrashRestartFunctionalTests {

	private static final int ENTRIES = 20_000;

	private static final Pattern PROGRESS = Pattern.compile("progress: (\\d+) entries read");

	@TempDir
	Path work;

	@Test
	void killedIngestRestartedByTheOperatorEndsIdenticalToACleanRun() throws Exception {
		Path digest = SyntheticDigest.write(this.work.resolve("generated-2026-07-29.txt"), ENTRIES, 7);
		Path cleanData = this.work.resolve("clean");
		Path crashData = this.work.resolve("crash");

		DigestCatProcess clean = DigestCatProcess.run(cleanData, "ingest", digest.toString());
		assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
		assertThat(clean.out()).contains("entries:  " + ENTRIES + " read");

		DigestCatProcess doomed = DigestCatProcess.start(crashData, "ingest", digest.toString());
		doomed.awaitOutput(line -> progressOf(line) >= 2_000, Duration.ofMinutes(2));
		int killedWith = doomed.kill();
		assertThat(killedWith).as("killed by SIGKILL").isEqualTo(137);
		assertThat(doomed.out()).doesNotContain("COMPLETED");

		DigestCatProcess list = DigestCatProcess.run(crashData, "jobs", "list", "--json");
		JsonNode executions = JsonMapper.builder().build().readTree(list.out());
		assertThat(executions).hasSize(1);
		assertThat(executions.get(0).get("status").asString()).isEqualTo("STARTED");
		long executionId = executions.get(0).get("executionId").asLong();

		DigestCatProcess restart = DigestCatProcess.run(crashData, "jobs", "restart", String.valueOf(executionId));

		assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
		assertThat(restart.all()).contains("was left STARTED by a process that is gone")
			.containsPattern("resuming at .* after entry [1-9]\\d*")
			.contains("restarted execution " + executionId)
			.contains("COMPLETED")
			.contains("entries:  " + ENTRIES + " read")
			.contains("papers:   " + ENTRIES + " new");
		Map<String, List<String>> expected = snapshot(cleanData);
		Map<String, List<String>> actual = snapshot(crashData);
		assertThat(actual.get("paper")).isNotEmpty();
		assertThat(actual.get("appearance")).hasSize(ENTRIES);
		assertThat(actual.get("paper_link")).hasSize(ENTRIES);
		for (String table : CatalogSnapshot.TABLES) {
			assertThat(actual.get(table)).as(table).isEqualTo(expected.get(table));
		}
	}

	private static long progressOf(String line) {
		Matcher m = PROGRESS.matcher(line);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}

	private static Map<String, List<String>> snapshot(Path dataDir) throws Exception {
		JDBCDataSource ds = DigestCatProcess.database(dataDir);
		Map<String, List<String>> snapshot = CatalogSnapshot.of(ds);
		try (var c = ds.getConnection(); var st = c.createStatement()) {
			st.execute("SHUTDOWN");
		}
		return snapshot;
	}

}
