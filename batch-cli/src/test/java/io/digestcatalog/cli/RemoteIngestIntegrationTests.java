package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import picocli.CommandLine;

import io.digestcatalog.jobs.TestDatabase;

/**
 * Digests named by URL, served by a real HTTP server on 127.0.0.1 with ETags, and folders
 * read through include and exclude globs.
 */
@SpringBootTest(classes = DigestCatApplication.class)
class RemoteIngestIntegrationTests {

	@TempDir
	static Path dataDir;

	static HttpServer server;

	static final AtomicInteger bodiesSent = new AtomicInteger();

	static TestDatabase database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = TestDatabase.registerCatalog(registry, dataDir);
	}

	@BeforeAll
	static void serve() throws IOException {
		byte[] digest = "Daily Papers\n\nJul 30\n\nA Remote Paper on Sparse Attention\n\nWe propose a sparse attention method. Code: https://github.com/example/remote.\n"
			.getBytes(StandardCharsets.UTF_8);
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/digests/2025-07-30.txt", exchange -> {
			if ("\"remote-1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
			exchange.getResponseHeaders().add("ETag", "\"remote-1\"");
			exchange.sendResponseHeaders(200, digest.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(digest);
			}
			bodiesSent.incrementAndGet();
		});
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	@Autowired
	DigestCatCommand command;

	@Autowired
	CommandLine.IFactory factory;

	@Autowired
	DataSource dataSource;

	CommandRunner.Result run(String... args) {
		return new CommandRunner(this.command, this.factory).run(args);
	}

	@Test
	void aDigestNamedByUrlIsFetchedOnceAndPassedOverWhenUnchanged() {
		String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/digests/2025-07-30.txt";

		CommandRunner.Result first = run("ingest", url);
		CommandRunner.Result second = run("ingest", url);

		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.out()).contains("papers:   1 new");
		assertThat(second.exitCode()).isZero();
		assertThat(second.out()).contains("digests:  0 read, 1 unchanged");
		assertThat(bodiesSent).hasValue(1);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForMap("SELECT location, digest_date, date_origin FROM digest WHERE location = ?", url))
			.containsEntry("DIGEST_DATE", java.sql.Date.valueOf("2025-07-30"))
			.containsEntry("DATE_ORIGIN", "from the file name");
		assertThat(jdbc.queryForObject("SELECT etag FROM PUBLIC.remote_source WHERE url = ?", String.class, url))
			.isEqualTo("\"remote-1\"");
	}

	@Test
	void anUnreachableUrlIsQuarantinedAndTheOtherInputsStillLoad(@TempDir Path work) throws IOException {
		Path local = Files.writeString(work.resolve("2025-08-01.txt"),
				"Aug 1\n\nA Local Paper\n\nWith a local abstract that is long enough.\n");
		String missing = "http://127.0.0.1:" + server.getAddress().getPort() + "/digests/missing.txt";

		CommandRunner.Result result = run("ingest", missing, local.toString());

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("papers:   1 new").contains(missing + " #0 (line 1): cannot fetch");
		assertThat(new JdbcTemplate(this.dataSource).queryForObject("SELECT reason FROM quarantine WHERE location = ?",
				String.class, missing))
			.isEqualTo("cannot fetch " + missing + ": HTTP 404");
	}

	@Test
	void foldersAreReadThroughIncludeAndExcludeGlobs(@TempDir Path work) throws IOException {
		Path folder = Files.createDirectories(work.resolve("inbox/2025"));
		Files.writeString(folder.resolve("2025-08-02.txt"), "Aug 2\n\nIncluded Paper\n\nRead because it is a txt.\n");
		Files.writeString(folder.resolve("2025-08-03.txt"), "Aug 3\n\nExcluded Paper\n\nPassed over by name.\n");
		Files.writeString(folder.resolve("notes.md"), "Aug 4\n\nNot Included\n\nNot a txt file at all.\n");

		CommandRunner.Result result = run("ingest", work.resolve("inbox").toString(), "--include", "*.txt", "--exclude",
				"**/2025-08-03.txt");

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("digests:  1 read");
		assertThat(new JdbcTemplate(this.dataSource).queryForList(
				"SELECT title FROM paper WHERE title IN ('Included Paper', 'Excluded Paper', 'Not Included')",
				String.class))
			.containsExactly("Included Paper");
	}

}
