package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.digestcatalog.jobs.TestDatabase;

/**
 * Remote partitioning end to end, every part a real process on 127.0.0.1: a broker
 * ({@code digestcat broker}, ActiveMQ Artemis), two {@code digestcat worker}s and a
 * manager ({@code digestcat ingest} with {@code digestcat.remote.enabled}) on one
 * PostgreSQL catalog. The ingest of {@code ../shared/corpus} and of a digest linking PDFs
 * on two hosts (the arXiv PDFs too are served here) fetches its artifacts in the workers,
 * one partition each, and gives the catalog one process on the embedded HSQLDB gives. A
 * worker killed in the middle of its partition is found by the partition timeout, the run
 * fails, and a restart sends only that partition again, to another worker, and ends with
 * the same catalog.
 */
class RemotePartitioningFunctionalTests {

	private static final Path CORPUS = Path.of(System.getProperty("digestcat.shared", "../../shared"), "corpus")
		.toAbsolutePath()
		.normalize();

	private static final int PAPERS = 24;

	private static final Pattern EXECUTION = Pattern.compile("ingest execution (\\d+) (\\w+)");

	@TempDir
	Path work;

	HttpServer server;

	/** Made once per path: every run receives the very same bytes. */
	final Map<String, byte[]> pdfs = new ConcurrentHashMap<>();

	private final List<DigestCatProcess> started = new ArrayList<>();

	private int brokerPort;

	@BeforeEach
	void serve() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		this.server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			try (exchange) {
				if (path.startsWith("/papers/")) {
					// slow enough that a worker can be killed in the middle of its hosts
					Thread.sleep(400);
				}
				byte[] pdf = this.pdfs.computeIfAbsent(path, ArtifactCrashFunctionalTests::pdf);
				exchange.getResponseHeaders().add("Content-Type", "application/pdf");
				exchange.sendResponseHeaders(200, pdf.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(pdf);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() throws InterruptedException {
		for (DigestCatProcess p : this.started) {
			if (p.isAlive()) {
				p.kill();
			}
		}
		this.server.stop(0);
	}

	@Test
	void workersFetchThePartitionsAndAKilledWorkersPartitionIsSentAgainOnRestart() throws Exception {
		TestDatabase distributed = TestDatabase.postgresDatabase();
		Path digests = Files.createDirectories(this.work.resolve("digests"));
		ArtifactCrashFunctionalTests.linkedDigest(digests.resolve("2025-07-29.txt"), this.server.getAddress().getPort(),
				PAPERS);
		Files.copy(CORPUS.resolve("hf-daily-papers/daily-papers-jul29.txt"), digests.resolve("daily-papers-jul29.txt"));
		Files.copy(CORPUS.resolve("arxiv-listing-email/2026-01-26.txt"), digests.resolve("listing-2026-01-26.txt"));
		Files.copy(CORPUS.resolve("hf-daily-papers-api/2026-01-26.json"), digests.resolve("2026-01-26.json"));
		this.brokerPort = freePort();
		DigestCatProcess broker = start(this.work.resolve("broker-host"), null, "broker", "--port",
				String.valueOf(this.brokerPort), "--dir", this.work.resolve("broker-host/journal").toString());
		broker.awaitOutput(l -> l.startsWith("digestcat broker: ActiveMQ Artemis on"), Duration.ofMinutes(1));

		// the catalog one process gives on the embedded database
		DigestCatProcess alone = run(this.work.resolve("alone/data"), null, "ingest", digests.toString());
		assertThat(alone.exitCode()).as(alone.all()).isZero();
		String expected = export(this.work.resolve("alone/data"), null);
		assertThat(alone.out()).contains("artifacts: ");

		// two workers, one manager
		DigestCatProcess first = worker("worker-1", distributed);
		DigestCatProcess second = worker("worker-2", distributed);
		DigestCatProcess manager = run(this.work.resolve("manager/data"), distributed, "ingest", digests.toString(),
				"--digestcat.remote.enabled=true");
		assertThat(manager.exitCode()).as(manager.all()).isZero();
		assertThat(first.out()).containsPattern("partition fetchArtifactsWorker:hosts\\d .* COMPLETED");
		assertThat(second.out()).containsPattern("partition fetchArtifactsWorker:hosts\\d .* COMPLETED");
		assertThat(export(this.work.resolve("manager/data"), distributed)).isEqualTo(expected);

		// a worker stops on SIGTERM
		assertThat(first.terminate(Duration.ofMinutes(1))).isIn(0, 143);
		assertThat(second.terminate(Duration.ofMinutes(1))).isIn(0, 143);

		// a worker killed in the middle of its partition
		TestDatabase killed = TestDatabase.postgresDatabase();
		DigestCatProcess doomed = worker("worker-3", killed);
		DigestCatProcess spare = worker("worker-4", killed);
		DigestCatProcess failing = start(this.work.resolve("manager-2/data"), killed, "ingest", digests.toString(),
				"--digestcat.remote.enabled=true", "--digestcat.remote.partition-timeout=45s");
		DigestCatProcess victim = awaitAPartitionStarted(doomed, spare);
		Thread.sleep(1_500);
		assertThat(victim.kill()).isEqualTo(137);
		failing.awaitExit(Duration.ofMinutes(3));
		assertThat(failing.exitCode()).as(failing.all()).isEqualTo(ExitCodes.JOB_FAILED);
		Matcher failed = EXECUTION.matcher(failing.out());
		assertThat(failed.find()).as(failing.all()).isTrue();
		assertThat(failed.group(2)).isEqualTo("FAILED");

		DigestCatProcess survivor = (victim == doomed) ? spare : doomed;
		int before = count(survivor.out(), "started");
		DigestCatProcess fresh = worker("worker-5", killed);
		DigestCatProcess restart = run(this.work.resolve("manager-2/data"), killed, "jobs", "restart", failed.group(1),
				"--digestcat.remote.enabled=true");
		assertThat(restart.exitCode()).as(restart.all()).isZero();
		assertThat(restart.all()).contains("COMPLETED");
		assertThat(count(survivor.out(), "started") - before + count(fresh.out(), "started"))
			.as("only the unfinished partition is sent again: " + survivor.out() + fresh.out() + restart.all()
					+ run(this.work.resolve("manager-2/data"), killed, "jobs", "show", failed.group(1)).all())
			.isEqualTo(1);
		assertThat(export(this.work.resolve("manager-2/data"), killed)).isEqualTo(expected);
	}

	private DigestCatProcess awaitAPartitionStarted(DigestCatProcess a, DigestCatProcess b)
			throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			// the partition with the slow papers: the other one also fetches the arXiv
			// PDFs
			for (DigestCatProcess w : List.of(a, b)) {
				if (w.out().contains(" started")) {
					return w;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no worker started a partition: " + a.all() + b.all());
	}

	private DigestCatProcess worker(String name, TestDatabase database) throws Exception {
		DigestCatProcess worker = start(this.work.resolve(name + "/data"), database, "worker",
				"--digestcat.remote.worker-concurrency=1");
		worker.awaitOutput(l -> l.startsWith("digestcat worker: taking partitions"), Duration.ofMinutes(1));
		return worker;
	}

	private static int count(String text, String word) {
		return (int) text.lines().filter(l -> l.startsWith("worker: partition") && l.endsWith(word)).count();
	}

	/** The operator's settings, the same for every process. */
	private DigestCatProcess start(Path dataDir, TestDatabase database, String... args) throws IOException {
		Files.createDirectories(dataDir);
		int port = this.server.getAddress().getPort();
		List<String> all = new ArrayList<>(List.of(args));
		if (!"broker".equals(args[0])) {
			all.addAll(List.of("--digestcat.artifacts.allow=127.0.0.1:" + port + ",localhost:" + port,
					"--digestcat.artifacts.arxiv-base=http://localhost:" + port,
					"--digestcat.artifacts.per-host-interval=0s", "--digestcat.artifacts.concurrency=2",
					"--spring.artemis.broker-url=tcp://127.0.0.1:" + this.brokerPort));
		}
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

	private String export(Path dataDir, TestDatabase database) throws Exception {
		DigestCatProcess p = run(dataDir, database, "catalog", "export", "--format", "jsonl");
		assertThat(p.exitCode()).as(p.all()).isZero();
		return p.out();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
