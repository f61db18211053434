package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.SyntheticDigest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's scenarios of the README, with the real jar in separate processes on
 * 127.0.0.1: the daemon rebuilds on its schedule while other commands inspect the catalog
 * and a manual run is refused; SIGTERM, {@code jobs stop}, a failing source and SIGKILL
 * each end in a catalog equal to the one a clean run gives, through {@code jobs restart},
 * {@code jobs rerun-failed} and {@code jobs recover}; {@code catalog rollback} makes the
 * previous generation current. One catalog, scenario after scenario.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsFunctionalTests {

	private static final int ENTRIES = 30_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern PROGRESS = Pattern.compile("progress: (\\d+) entries read, .* \\(execution (\\d+)\\)");

	@TempDir
	static Path work;

	static Path data;

	static Path sample;

	/** The catalog a clean ingest of the digests gives: every rebuild must equal it. */
	static String baseline;

	static long baselinePapers;

	/** Daemons started by the scenario running now. */
	private static final List<DigestCatProcess> daemons = new ArrayList<>();

	@AfterEach
	void noDaemonOutlivesItsScenario() throws InterruptedException {
		for (DigestCatProcess d : daemons) {
			if (d.isAlive()) {
				d.kill();
			}
		}
		daemons.clear();
	}

	@BeforeAll
	static void ingestTheDigests() throws Exception {
		data = work.resolve("data");
		Path digests = Files.createDirectories(work.resolve("digests"));
		SyntheticDigest.write(digests.resolve("generated-2026-07-28.txt"), ENTRIES, 11);
		sample = Files.copy(Path.of(System.getProperty("digestcat.samples", "../samples"), "daily-papers-jul29.txt"),
				digests.resolve("daily-papers-2026-07-29.txt"));
		DigestCatProcess ingest = run("ingest", digests.toString());
		assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
		baseline = export();
		baselinePapers = json("catalog", "stats", "--json").get("papers").asLong();
		assertThat(baselinePapers).isGreaterThan(ENTRIES);
	}

	@Test
	@Order(1)
	void theDaemonRebuildsOnItsScheduleWhileOperatorCommandsWorkAndAManualRunIsRefused() throws Exception {
		int httpPort = freePort();
		DigestCatProcess daemon = daemon(httpPort);
		long execution = awaitProgress(daemon, 3_000);

		// while the rebuild runs: listing, stats, health, and a manual rebuild, at once
		DigestCatProcess list = start("jobs", "list", "--json");
		DigestCatProcess stats = start("catalog", "stats", "--json");
		DigestCatProcess manual = start("rebuild");
		DigestCatProcess secondDaemon = start("daemon", "--digestcat.daemon.port=" + freePort());
		JsonNode health = health(httpPort);
		list.awaitExit(Duration.ofMinutes(2));
		stats.awaitExit(Duration.ofMinutes(2));
		manual.awaitExit(Duration.ofMinutes(2));
		secondDaemon.awaitExit(Duration.ofMinutes(2));

		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("daemon").get("details").get("running").asString())
			.startsWith("once since");
		JsonNode executions = JSON.readTree(list.out());
		assertThat(executions.get(0).get("executionId").asLong()).isEqualTo(execution);
		assertThat(executions.get(0).get("jobName").asString()).isEqualTo("rebuild");
		assertThat(executions.get(0).get("status").asString()).isEqualTo("STARTED");
		assertThat(executions.get(0).get("runningIn").asString()).contains("pid " + daemon.pid());
		assertThat(JSON.readTree(stats.out()).get("papers").asLong()).as("the current generation answers")
			.isEqualTo(baselinePapers);
		assertThat(manual.exitCode()).isEqualTo(ExitCodes.LOCKED);
		assertThat(manual.err().strip().lines()).singleElement()
			.satisfies(l -> assertThat(l).startsWith("error: a run is in progress: digestcat daemon: once")
				.contains("execution " + execution));

		assertThat(secondDaemon.exitCode()).isEqualTo(ExitCodes.DATABASE);
		assertThat(secondDaemon.err())
			.contains("error: a daemon already runs for this catalog: `digestcat daemon` (pid " + daemon.pid());
		daemon.awaitOutput(l -> l.contains("rebuild execution " + execution + " COMPLETED"), Duration.ofMinutes(3));
		JsonNode generations = json("catalog", "generations", "--json");
		assertThat(generations.get(0).get("generation").asInt()).isEqualTo(2);
		assertThat(generations.get(0).get("state").asString()).isEqualTo("current");
		assertThat(generations.get(1).get("state").asString()).isEqualTo("complete");
		assertThat(export()).isEqualTo(baseline);
		assertThat(daemon.terminate(Duration.ofMinutes(1))).isIn(0, 143);
	}

	@Test
	@Order(2)
	void sigtermStopsTheRunningStepAtAChunkBoundaryAndARestartEndsLikeACleanRun() throws Exception {
		DigestCatProcess daemon = daemon(freePort());
		long execution = awaitProgress(daemon, 3_000);

		assertThat(daemon.terminate(Duration.ofMinutes(2))).isIn(0, 143);

		JsonNode shown = json("jobs", "show", String.valueOf(execution), "--json");
		assertThat(shown.get("status").asString()).isEqualTo("STOPPED");
		assertThat(step(shown, "read").get("status").asString()).isEqualTo("STOPPED");
		assertThat(shown.get("next").asString()).startsWith("digestcat jobs restart " + execution);
		DigestCatProcess restart = run("jobs", "restart", String.valueOf(execution));
		assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
		assertThat(restart.all()).containsPattern("resuming at .* after entry [1-9]\\d*").contains("COMPLETED");
		assertThat(json("catalog", "generations", "--json").get(0).get("state").asString()).isEqualTo("current");
		assertThat(export()).isEqualTo(baseline);
	}

	@Test
	@Order(3)
	void jobsStopFromAnotherProcessStopsTheDaemonsRunAndAbandonDropsItsGeneration() throws Exception {
		int httpPort = freePort();
		DigestCatProcess daemon = daemon(httpPort);
		long execution = awaitProgress(daemon, 2_000);

		DigestCatProcess stop = run("jobs", "stop", String.valueOf(execution), "--wait");

		assertThat(stop.exitCode()).as(stop.out() + stop.err()).isZero();
		assertThat(stop.out()).contains("execution " + execution + " is STOPPED");
		daemon.awaitOutput(l -> l.contains("rebuild execution " + execution + " STOPPED"), Duration.ofMinutes(1));
		assertThat(health(httpPort).get("status").asString()).as("the daemon goes on").isEqualTo("UP");
		int building = json("catalog", "generations", "--json").get(0).get("generation").asInt();
		DigestCatProcess abandon = run("jobs", "abandon", String.valueOf(execution));
		assertThat(abandon.exitCode()).as(abandon.out() + abandon.err()).isZero();
		JsonNode generations = json("catalog", "generations", "--json");
		assertThat(generations).noneMatch(g -> g.get("generation").asInt() == building);
		assertThat(generations.get(0).get("state").asString()).isEqualTo("current");
		assertThat(daemon.terminate(Duration.ofMinutes(1))).isIn(0, 143);
		assertThat(run("jobs", "restart", String.valueOf(execution)).exitCode()).isEqualTo(ExitCodes.NOTHING_TO_DO);
	}

	@Test
	@Order(4)
	void aFailedRebuildLeavesTheCurrentGenerationRerunFailedCompletesItAndRollbackRestoresThePrevious()
			throws Exception {
		int current = json("catalog", "generations", "--json").get(0).get("generation").asInt();
		Path aside = work.resolve("aside.txt");
		Files.move(sample, aside);
		Files.createDirectory(sample);
		DigestCatProcess daemon = daemon(freePort());
		daemon.awaitOutput(l -> l.matches(".*once: rebuild execution \\d+ FAILED.*"), Duration.ofMinutes(3));
		long failed = Long.parseLong(daemon.all().replaceAll("(?s).*once: rebuild execution (\\d+) FAILED.*", "$1"));

		// the daemon still runs: the current generation answers, the failure explains
		// itself
		assertThat(json("catalog", "stats", "--json").get("papers").asLong()).isEqualTo(baselinePapers);
		JsonNode shown = json("jobs", "show", String.valueOf(failed), "--json");
		assertThat(shown.get("cause").asString()).contains(sample.toString()).contains("a directory now");
		assertThat(shown.get("next").asString()).startsWith("digestcat jobs restart " + failed);
		DigestCatProcess show = run("jobs", "show", String.valueOf(failed));
		assertThat(show.out()).contains("failed on: reading " + sample);
		assertThat(json("catalog", "generations", "--json").get(0).get("state").asString()).startsWith("failed");

		// the operator fixes the source and reruns what failed, through the daemon
		Files.delete(sample);
		Files.move(aside, sample);
		DigestCatProcess rerun = run("jobs", "rerun-failed");
		assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
		assertThat(rerun.out().strip().lines()).singleElement()
			.satisfies(l -> assertThat(l)
				.matches("execution " + failed + " \\(rebuild, FAILED\\) -> execution \\d+ " + "COMPLETED"));
		JsonNode generations = json("catalog", "generations", "--json");
		int rebuilt = generations.get(0).get("generation").asInt();
		assertThat(generations.get(0).get("state").asString()).isEqualTo("current");
		assertThat(export()).isEqualTo(baseline);

		DigestCatProcess rollback = run("catalog", "rollback");
		assertThat(rollback.exitCode()).as(rollback.out() + rollback.err()).isZero();
		assertThat(rollback.out()).startsWith("generation " + current + " is current (was " + rebuilt + ": make it "
				+ "current again with digestcat catalog rollback " + rebuilt + ")");
		assertThat(json("catalog", "generations", "--json")).filteredOn(g -> g.get("generation").asInt() == current)
			.singleElement()
			.satisfies(g -> assertThat(g.get("state").asString()).isEqualTo("current"));
		assertThat(export()).isEqualTo(baseline);
		assertThat(daemon.terminate(Duration.ofMinutes(1))).isIn(0, 143);
	}

	@Test
	@Order(5)
	void sigkillOfTheDaemonMidRebuildThenRecoverAndRestartEndLikeACleanRebuild() throws Exception {
		DigestCatProcess daemon = daemon(freePort());
		long execution = awaitProgress(daemon, 3_000);

		assertThat(daemon.kill()).isEqualTo(137);

		DigestCatProcess list = run("jobs", "list", "--json");
		assertThat(list.err()).contains("waiting for the database lock of a process that died: `digestcat daemon`");
		assertThat(JSON.readTree(list.out()).get(0).get("status").asString()).isEqualTo("STARTED");
		DigestCatProcess recover = run("jobs", "recover", String.valueOf(execution));
		assertThat(recover.exitCode()).as(recover.out() + recover.err()).isZero();
		assertThat(json("jobs", "show", String.valueOf(execution), "--json").get("status").asString())
			.isEqualTo("FAILED");
		DigestCatProcess restart = run("jobs", "restart", String.valueOf(execution));
		assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
		assertThat(restart.all()).containsPattern("resuming at .* after entry [1-9]\\d*").contains("COMPLETED");
		assertThat(export()).isEqualTo(baseline);
	}

	/**
	 * A daemon whose one scheduled rebuild falls 45 s from now (a loaded machine starts
	 * the JVM slowly), once a day.
	 */
	private static DigestCatProcess daemon(int httpPort) throws IOException {
		ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(45);
		String cron = at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * *";
		DigestCatProcess daemon = start("daemon", "--digestcat.daemon.port=" + httpPort, "--digestcat.daemon.zone=UTC",
				"--digestcat.daemon.schedule[0].name=once", "--digestcat.daemon.schedule[0].job=rebuild",
				"--digestcat.daemon.schedule[0].cron=" + cron);
		daemons.add(daemon);
		return daemon;
	}

	/** Waits until the daemon's rebuild has read {@code entries}; its execution id. */
	private static long awaitProgress(DigestCatProcess daemon, long entries) throws InterruptedException {
		daemon.awaitOutput(l -> {
			Matcher m = PROGRESS.matcher(l);
			return m.find() && Long.parseLong(m.group(1)) >= entries;
		}, Duration.ofMinutes(3));
		Matcher m = PROGRESS.matcher(daemon.all());
		long execution = -1;
		while (m.find()) {
			execution = Long.parseLong(m.group(2));
		}
		return execution;
	}

	private static JsonNode health(int port) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body());
	}

	private static JsonNode step(JsonNode execution, String name) {
		for (JsonNode step : execution.get("steps")) {
			if (step.get("name").asString().equals(name)) {
				return step;
			}
		}
		throw new AssertionError("no step " + name + " in " + execution);
	}

	private static String export() throws Exception {
		DigestCatProcess export = run("catalog", "export", "--format", "jsonl");
		assertThat(export.exitCode()).as(export.err()).isZero();
		return export.out();
	}

	private static JsonNode json(String... args) throws Exception {
		DigestCatProcess p = run(args);
		assertThat(p.exitCode()).as(String.join(" ", args) + ": " + p.out() + p.err()).isZero();
		return JSON.readTree(p.out());
	}

	private static DigestCatProcess start(String... args) throws IOException {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--digestcat.artifacts.enabled=false");
		return DigestCatProcess.start(data, all.toArray(String[]::new));
	}

	private static DigestCatProcess run(String... args) throws Exception {
		DigestCatProcess p = start(args);
		p.awaitExit(Duration.ofMinutes(4));
		return p;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
