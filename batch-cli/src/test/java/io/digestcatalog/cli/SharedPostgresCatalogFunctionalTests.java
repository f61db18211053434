package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.SyntheticDigest;
import io.digestcatalog.jobs.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One catalog on a real PostgreSQL server shared by the real jar in processes that share
 * nothing else: each has a data folder of its own, as on two hosts (its own resolution
 * index, reports and downloads). The run lock, the job repository, the generations and
 * the operator commands are rows on the server, so one process sees and operates the
 * other's run: a second writer is refused, {@code jobs list} names the process that runs,
 * {@code jobs stop} from the second stops the first at a chunk boundary, {@code jobs
 * restart} from the second finishes it, and the catalog equals the one a clean run on the
 * embedded HSQLDB gives.
 */
class SharedPostgresCatalogFunctionalTests {

	private static final Pattern PROGRESS = Pattern.compile("progress: (\\d+) entries read, .* \\(execution (\\d+)\\)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path work;

	private final List<DigestCatProcess> started = new ArrayList<>();

	@AfterEach
	void noProcessOutlivesTheTest() throws InterruptedException {
		for (DigestCatProcess p : this.started) {
			if (p.isAlive()) {
				p.kill();
			}
		}
	}

	@Test
	void twoHostsOperateOneRunOnOneCatalog() throws Exception {
		TestDatabase database = TestDatabase.postgresDatabase();
		Path digests = Files.createDirectories(this.work.resolve("digests"));
		SyntheticDigest.write(digests.resolve("generated-2026-07-28.txt"), 60_000, 5);
		Files.copy(Path.of(System.getProperty("digestcat.samples", "../samples"), "daily-papers-jul29.txt"),
				digests.resolve("daily-papers-2026-07-29.txt"));
		Path hostA = this.work.resolve("host-a/data");
		Path hostB = this.work.resolve("host-b/data");

		// host A ingests; host B watches and operates
		DigestCatProcess ingest = start(hostA, database, "ingest", digests.toString());
		long execution = awaitProgress(ingest, 1_000);
		DigestCatProcess manual = start(hostB, database, "rebuild");
		DigestCatProcess list = start(hostB, database, "jobs", "list", "--json");
		manual.awaitExit(Duration.ofMinutes(2));
		list.awaitExit(Duration.ofMinutes(2));
		DigestCatProcess stop = run(hostB, database, "jobs", "stop", String.valueOf(execution), "--wait");
		assertThat(list.exitCode()).as(list.all()).isZero();
		JsonNode listed = JSON.readTree(list.out());

		assertThat(manual.exitCode()).as(manual.all()).isEqualTo(ExitCodes.LOCKED);
		assertThat(manual.err()).contains("a run is in progress").contains("execution " + execution);
		assertThat(listed.get(0).get("executionId").asLong()).isEqualTo(execution);
		assertThat(listed.get(0).get("status").asString()).isEqualTo("STARTED");
		assertThat(listed.get(0).get("runningIn").asString()).contains("pid " + ingest.pid());
		assertThat(stop.exitCode()).as(stop.all()).isZero();
		assertThat(stop.out()).contains("execution " + execution + " is STOPPED");
		ingest.awaitExit(Duration.ofMinutes(2));
		assertThat(ingest.all()).contains("ingest execution " + execution + " STOPPED");

		// host B finishes host A's run, with none of A's files
		DigestCatProcess restart = run(hostB, database, "jobs", "restart", String.valueOf(execution));
		assertThat(restart.exitCode()).as(restart.all()).isZero();
		assertThat(restart.all()).containsPattern("resuming at .* after entry [1-9]\\d*").contains("COMPLETED");

		// the same catalog as one clean run on the embedded database
		Path alone = this.work.resolve("alone/data");
		DigestCatProcess clean = run(alone, null, "ingest", digests.toString());
		assertThat(clean.exitCode()).as(clean.all()).isZero();
		String expected = export(alone, null);
		assertThat(export(hostA, database)).isEqualTo(expected);
		assertThat(export(hostB, database)).isEqualTo(expected);

		// a rebuild on host B makes a generation host A reads
		assertThat(run(hostB, database, "rebuild").exitCode()).isZero();
		JsonNode generations = json(hostA, database, "catalog", "generations", "--json");
		assertThat(generations.get(0).get("generation").asInt()).isEqualTo(2);
		assertThat(generations.get(0).get("state").asString()).isEqualTo("current");
		assertThat(export(hostA, database)).isEqualTo(expected);
	}

	private DigestCatProcess start(Path dataDir, TestDatabase database, String... args) throws Exception {
		Files.createDirectories(dataDir);
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--digestcat.artifacts.enabled=false");
		if (database != null) {
			all.addAll(database.options());
		}
		DigestCatProcess p = DigestCatProcess.start(dataDir, all.toArray(String[]::new));
		this.started.add(p);
		return p;
	}

	private DigestCatProcess run(Path dataDir, TestDatabase database, String... args) throws Exception {
		DigestCatProcess p = start(dataDir, database, args);
		p.awaitExit(Duration.ofMinutes(4));
		return p;
	}

	private JsonNode json(Path dataDir, TestDatabase database, String... args) throws Exception {
		DigestCatProcess p = run(dataDir, database, args);
		assertThat(p.exitCode()).as(String.join(" ", args) + ": " + p.all()).isZero();
		return JSON.readTree(p.out());
	}

	private String export(Path dataDir, TestDatabase database) throws Exception {
		DigestCatProcess p = run(dataDir, database, "catalog", "export", "--format", "jsonl");
		assertThat(p.exitCode()).as(p.all()).isZero();
		return p.out();
	}

	private static long awaitProgress(DigestCatProcess p, long entries) throws InterruptedException {
		p.awaitOutput(l -> {
			Matcher m = PROGRESS.matcher(l);
			return m.find() && Long.parseLong(m.group(1)) >= entries;
		}, Duration.ofMinutes(3));
		Matcher m = PROGRESS.matcher(p.all());
		long execution = -1;
		while (m.find()) {
			execution = Long.parseLong(m.group(2));
		}
		return execution;
	}

}
