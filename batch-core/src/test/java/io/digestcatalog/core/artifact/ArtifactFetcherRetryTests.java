package io.digestcatalog.core.artifact;

import static io.digestcatalog.core.artifact.TestFetchers.bytes;
import static io.digestcatalog.core.artifact.TestFetchers.policyFor;
import static io.digestcatalog.core.artifact.TestFetchers.sciencePdf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which failures are tried again, and how long the fetcher waits before it does. */
class ArtifactFetcherRetryTests {

	@TempDir
	Path root;

	TestServer server;

	ContentStore store;

	byte[] pdf = bytes(sciencePdf("coordinate_calibrator.pdf"));

	TestFetchers.RecordingSleeper noSleep = new TestFetchers.RecordingSleeper(false);

	@BeforeEach
	void start() throws IOException {
		this.server = new TestServer();
		this.store = new ContentStore(this.root);
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.server.close();
	}

	@Test
	void aServerErrorThenSuccessSucceedsOnTheSecondAttemptAfterAJitteredBackoff() {
		this.server.route("/flaky.pdf", (exchange, n) -> {
			if (n == 1) {
				TestServer.send(exchange, 500, "text/plain", "oops".getBytes());
				return;
			}
			TestServer.pdf(exchange, this.pdf);
		});

		FetchResult result = fetch(policyFor(this.server), this.noSleep, "/flaky.pdf");

		assertThat(result.failure()).isNull();
		assertThat(result.attempts()).isEqualTo(2);
		assertThat(result.size()).isEqualTo(this.pdf.length);
		assertThat(this.server.hits("/flaky.pdf")).hasSize(2);
		assertThat(this.noSleep.waits).singleElement()
			.satisfies(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(500)));
	}

	@Test
	void tooManyRequestsWithRetryAfterOneSecondWaitsThatSecond() {
		TestFetchers.RecordingSleeper sleeper = new TestFetchers.RecordingSleeper(true);
		this.server.route("/busy.pdf", (exchange, n) -> {
			if (n == 1) {
				exchange.getResponseHeaders().set("Retry-After", "1");
				TestServer.send(exchange, 429, "text/plain", "slow down".getBytes());
				return;
			}
			TestServer.pdf(exchange, this.pdf);
		});

		FetchResult result = fetch(policyFor(this.server), sleeper, "/busy.pdf");

		assertThat(result.failure()).isNull();
		assertThat(result.attempts()).isEqualTo(2);
		assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
		List<TestServer.Hit> hits = this.server.hits("/busy.pdf");
		assertThat(Duration.ofNanos(hits.get(1).startNanos() - hits.get(0).startNanos()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void unavailableWithRetryAfterAsAnHttpDateWaitsUntilThatDate() {
		Instant now = Instant.parse("2026-07-29T06:00:00Z");
		String inSevenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(now.plusSeconds(7).atOffset(ZoneOffset.UTC));
		this.server.route("/maintenance.pdf", (exchange, n) -> {
			if (n == 1) {
				exchange.getResponseHeaders().set("Retry-After", inSevenSeconds);
				TestServer.send(exchange, 503, "text/plain", "back soon".getBytes());
				return;
			}
			TestServer.pdf(exchange, this.pdf);
		});

		FetchResult result;
		try (ArtifactFetcher fetcher = new ArtifactFetcher(policyFor(this.server), this.store,
				Clock.fixed(now, ZoneOffset.UTC), this.noSleep)) {
			result = fetcher.fetch(FetchRequest.pdf(this.server.url("/maintenance.pdf")));
		}

		assertThat(result.failure()).isNull();
		assertThat(result.fetchedAt()).isEqualTo(now);
		assertThat(this.noSleep.waits).containsExactly(Duration.ofSeconds(7));
	}

	@Test
	void aRetryAfterLongerThanTheMaximumBackoffIsCappedByIt() {
		this.server.route("/busy.pdf", (exchange, n) -> {
			if (n == 1) {
				exchange.getResponseHeaders().set("Retry-After", "3600");
				TestServer.send(exchange, 429, "text/plain", "come back tomorrow".getBytes());
				return;
			}
			TestServer.pdf(exchange, this.pdf);
		});

		FetchResult result = fetch(policyFor(this.server), this.noSleep, "/busy.pdf");

		assertThat(result.failure()).isNull();
		assertThat(this.noSleep.waits).containsExactly(FetchPolicy.defaults().maxBackoff());
	}

	@Test
	void aServerErrorThatPersistsFailsAfterMaxAttemptsWithGrowingBackoffCeilings() {
		this.server.route("/down.pdf",
				(exchange, n) -> TestServer.send(exchange, 503, "text/plain", "down".getBytes()));

		FetchResult result = fetch(policyFor(this.server), this.noSleep, "/down.pdf");

		assertThat(result.failure()).isEqualTo("HTTP 503");
		assertThat(result.status()).isEqualTo(503);
		assertThat(result.attempts()).isEqualTo(4);
		assertThat(this.server.hits("/down.pdf")).hasSize(4);
		assertThat(this.noSleep.waits).hasSize(3);
		assertThat(this.noSleep.waits.get(0)).isLessThanOrEqualTo(Duration.ofMillis(500));
		assertThat(this.noSleep.waits.get(1)).isLessThanOrEqualTo(Duration.ofMillis(1000));
		assertThat(this.noSleep.waits.get(2)).isLessThanOrEqualTo(Duration.ofMillis(2000));
	}

	@Test
	void aClientErrorOtherThanTooManyRequestsIsNotRetried() {
		this.server.route("/forbidden.pdf",
				(exchange, n) -> TestServer.send(exchange, 403, "text/html", "<h1>no</h1>".getBytes()));

		FetchResult result = fetch(policyFor(this.server), this.noSleep, "/forbidden.pdf");

		assertThat(result.failure()).isEqualTo("HTTP 403");
		assertThat(result.contentType()).isEqualTo("text/html");
		assertThat(result.attempts()).isEqualTo(1);
		assertThat(this.noSleep.waits).isEmpty();
	}

	@Test
	void aRefusedConnectionIsRetriedThenReported() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			closedPort = socket.getLocalPort();
		}
		FetchPolicy policy = policyFor(this.server).withAddresses(AddressPolicy.allowing("127.0.0.1:" + closedPort));

		FetchResult result;
		try (ArtifactFetcher fetcher = TestFetchers.fetcher(policy, this.store, this.noSleep)) {
			result = fetcher.fetch(FetchRequest.pdf(URI.create("http://127.0.0.1:" + closedPort + "/a.pdf")));
		}

		assertThat(result.failure()).isEqualTo("cannot connect to 127.0.0.1:" + closedPort);
		assertThat(result.status()).isZero();
		assertThat(result.attempts()).isEqualTo(4);
		assertThat(this.noSleep.waits).hasSize(3);
	}

	private FetchResult fetch(FetchPolicy policy, Sleeper sleeper, String path) {
		try (ArtifactFetcher fetcher = TestFetchers.fetcher(policy, this.store, sleeper)) {
			return fetcher.fetch(FetchRequest.pdf(this.server.url(path)));
		}
	}

}
