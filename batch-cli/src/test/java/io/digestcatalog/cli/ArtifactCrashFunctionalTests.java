package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.digestcatalog.core.catalog.CatalogSnapshot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real jar is killed with SIGKILL while it fetches artifacts from a slow server on
 * 127.0.0.1 (two hosts: 127.0.0.1 and localhost), the operator restarts the execution,
 * and then no artifact already stored was fetched again and every catalog table equals a
 * clean run's.
 */
class ArtifactCrashFunctionalTests {

	private static final int PAPERS = 40;

	@TempDir
	Path work;

	HttpServer server;

	final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();

	final AtomicInteger completed = new AtomicInteger();

	/** Made once per path: both runs must receive the very same bytes. */
	final Map<String, byte[]> pdfs = new ConcurrentHashMap<>();

	@BeforeEach
	void serve() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		this.server.createContext("/papers/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			try (exchange) {
				Thread.sleep(250);
				byte[] pdf = this.pdfs.computeIfAbsent(path, ArtifactCrashFunctionalTests::pdf);
				exchange.getResponseHeaders().add("Content-Type", "application/pdf");
				exchange.sendResponseHeaders(200, pdf.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(pdf);
				}
				this.served.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
				this.completed.incrementAndGet();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	/** A one-page PDF printing its own title, different for every path. */
	static byte[] pdf(String path) {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
				text.newLineAtOffset(72, 700);
				text.showText("A Printed Paper " + path.replaceAll("\\D", ""));
				text.endText();
			}
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private Path digest() throws IOException {
		return linkedDigest(this.work.resolve("2025-07-29.txt"), this.server.getAddress().getPort(), PAPERS);
	}

	/**
	 * A text digest of {@code papers} entries, each linking its own PDF on the server at
	 * {@code port}, half of them by the name 127.0.0.1 and half by localhost (two hosts).
	 */
	static Path linkedDigest(Path file, int port, int papers) throws IOException {
		StringBuilder text = new StringBuilder("Jul 29\n\n");
		for (int i = 1; i <= papers; i++) {
			String host = (i % 2 == 0) ? "127.0.0.1" : "localhost";
			text.append("A Linked Paper Number ")
				.append(i)
				.append("\n\nIts abstract links its PDF at http://")
				.append(host)
				.append(':')
				.append(port)
				.append("/papers/p")
				.append(i)
				.append(".pdf for readers.\n\n");
		}
		return Files.writeString(file, text);
	}

	private String[] ingest(Path digest) {
		return withSettings("ingest", digest.toString());
	}

	/**
	 * The operator's settings, as config/application.yml would hold them, for every
	 * command.
	 */
	private String[] withSettings(String... args) {
		int port = this.server.getAddress().getPort();
		List<String> all = new java.util.ArrayList<>(List.of(args));
		all.addAll(List.of("--digestcat.artifacts.allow=127.0.0.1:" + port + ",localhost:" + port,
				"--digestcat.artifacts.chunk-size=1", "--digestcat.artifacts.per-host-interval=0s",
				"--digestcat.artifacts.concurrency=2"));
		return all.toArray(String[]::new);
	}

	@Test
	void killedDuringTheArtifactStepAndRestartedItFetchesNothingStoredTwiceAndEndsAsACleanRun() throws Exception {
		Path digest = digest();
		Path cleanData = this.work.resolve("clean");
		Path crashData = this.work.resolve("crash");
		DigestCatProcess clean = DigestCatProcess.run(cleanData, ingest(digest));
		assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
		assertThat(clean.out()).contains("artifacts: " + PAPERS + " fetched, 0 failed");
		this.served.clear();
		this.completed.set(0);

		DigestCatProcess doomed = DigestCatProcess.start(crashData, ingest(digest));
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (this.completed.get() < 10 && System.nanoTime() < deadline && doomed.isAlive()) {
			Thread.sleep(10);
		}
		assertThat(doomed.kill()).as("killed mid-step: " + doomed.out()).isEqualTo(137);
		int servedBeforeKill = this.completed.get();
		assertThat(servedBeforeKill).isBetween(10, PAPERS - 1);

		DigestCatProcess list = DigestCatProcess.run(crashData, "jobs", "list", "--json");
		JsonNode last = JsonMapper.builder().build().readTree(list.out()).get(0);
		assertThat(last.get("status").asString()).isEqualTo("STARTED");
		DigestCatProcess restart = DigestCatProcess.run(crashData,
				withSettings("jobs", "restart", String.valueOf(last.get("executionId").asLong())));

		assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
		List<String> twice = this.served.entrySet()
			.stream()
			.filter(e -> e.getValue().get() > 1)
			.map(Map.Entry::getKey)
			.toList();
		// only what was in flight when the process died may be fetched again: at most 2
		// per host
		assertThat(twice).hasSizeLessThanOrEqualTo(4);
		assertThat(this.served)
			.as(restart.out() + DigestCatProcess
				.run(crashData, "jobs", "show", String.valueOf(last.get("executionId").asLong() + 1))
				.out())
			.hasSize(PAPERS);
		Map<String, List<String>> expected = snapshot(cleanData);
		Map<String, List<String>> actual = snapshot(crashData);
		assertThat(actual.get("artifact")).hasSize(PAPERS)
			.allSatisfy(row -> assertThat(row).contains("status=FETCHED"));
		for (String table : CatalogSnapshot.TABLES) {
			assertThat(actual.get(table)).as(table).isEqualTo(expected.get(table));
		}
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
