package io.digestcatalog.core.artifact;

import static io.digestcatalog.core.artifact.TestFetchers.bytes;
import static io.digestcatalog.core.artifact.TestFetchers.policyFor;
import static io.digestcatalog.core.artifact.TestFetchers.sciencePdf;
import static io.digestcatalog.core.artifact.TestFetchers.storedFiles;
import static io.digestcatalog.core.artifact.TestFetchers.temporaryFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;

/**
 * Bodies that stall, dribble, stop short or never end: each is a failed result, and
 * nothing partial is ever left in the store.
 */
class ArtifactFetcherBodyTests {

	@TempDir
	Path root;

	TestServer server;

	ContentStore store;

	final byte[] pdf = bytes(sciencePdf("aimag10.pdf"));

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
	void aBodySilentLongerThanTheReadTimeoutTimesOutOnEveryAttempt() throws IOException {
		this.server.route("/stalls.pdf", (exchange, n) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/pdf");
			exchange.sendResponseHeaders(200, this.pdf.length);
			OutputStream out = exchange.getResponseBody();
			out.write(this.pdf, 0, 4096);
			out.flush();
			this.server.stopping.await(10, TimeUnit.SECONDS);
			out.write(this.pdf, 4096, this.pdf.length - 4096);
		});
		FetchPolicy policy = policyFor(this.server).withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(20))
			.withRetries(2, Duration.ZERO, Duration.ZERO);

		FetchResult result = fetch(policy, "/stalls.pdf");

		assertThat(result.failure()).isEqualTo("timed out reading the body after 300ms");
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.attempts()).isEqualTo(2);
		assertThat(this.server.hits("/stalls.pdf")).hasSize(2);
		assertNothingKept();
	}

	@Test
	void aServerThatAcceptsButNeverAnswersTimesOutAfterTheReadTimeout() throws IOException {
		this.server.route("/mute.pdf", (exchange, n) -> this.server.stopping.await(10, TimeUnit.SECONDS));
		FetchPolicy policy = policyFor(this.server).withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(20))
			.withRetries(2, Duration.ZERO, Duration.ZERO);

		FetchResult result = fetch(policy, "/mute.pdf");

		assertThat(result.failure()).isEqualTo("timed out waiting for the response after 300ms");
		assertThat(result.status()).isZero();
		assertThat(result.attempts()).isEqualTo(2);
		assertNothingKept();
	}

	@Test
	void aBodyThatKeepsComingFasterThanTheReadTimeoutIsReceived() {
		this.server.route("/dribbles.pdf", (exchange, n) -> dribble(exchange, 8, 100));
		FetchPolicy policy = policyFor(this.server).withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(20));

		FetchResult result = fetch(policy, "/dribbles.pdf");

		assertThat(result.failure()).isNull();
		assertThat(result.size()).isEqualTo(this.pdf.length);
	}

	@Test
	void aBodyThatOutlivesTheTotalTimeoutIsCutOff() throws IOException {
		this.server.route("/dribbles.pdf", (exchange, n) -> dribble(exchange, 20, 100));
		FetchPolicy policy = policyFor(this.server).withTimeouts(Duration.ofMillis(300), Duration.ofMillis(700))
			.withRetries(1, Duration.ZERO, Duration.ZERO);

		FetchResult result = fetch(policy, "/dribbles.pdf");

		assertThat(result.failure()).isEqualTo("timed out: the request took longer than 700ms");
		assertNothingKept();
	}

	@Test
	void aBodyShorterThanItsContentLengthIsATruncatedBody() throws IOException {
		this.server.route("/cut.pdf", (exchange, n) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/pdf");
			exchange.sendResponseHeaders(200, 5000);
			OutputStream out = exchange.getResponseBody();
			out.write(this.pdf, 0, 1000);
			out.flush();
			// closing the exchange short of the declared length drops the connection
		});
		FetchPolicy policy = policyFor(this.server).withRetries(2, Duration.ZERO, Duration.ZERO);

		FetchResult result = fetch(policy, "/cut.pdf");

		assertThat(result.failure()).isEqualTo("truncated body: 1000 of 5000 bytes");
		assertThat(result.attempts()).isEqualTo(2);
		assertNothingKept();
	}

	@Test
	void aDeclaredBodyOverTheSizeCapIsRefusedBeforeItIsRead() throws IOException {
		this.server.route("/big.pdf", (exchange, n) -> TestServer.pdf(exchange, this.pdf));
		FetchPolicy policy = policyFor(this.server).withMaxBytes(64 * 1024);

		FetchResult result = fetch(policy, "/big.pdf");

		assertThat(result.failure()).isEqualTo("body larger than 64 KB, aborted");
		assertThat(result.attempts()).isEqualTo(1);
		assertNothingKept();
	}

	@Test
	void anUndeclaredBodyOverTheSizeCapIsAbortedWhileStreaming() throws IOException {
		this.server.route("/endless.pdf", (exchange, n) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/pdf");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(this.pdf);
				for (int i = 0; i < 1000; i++) {
					out.write(new byte[64 * 1024]);
				}
			}
		});
		FetchPolicy policy = policyFor(this.server).withMaxBytes(this.pdf.length + 10);

		FetchResult result = fetch(policy, "/endless.pdf");

		assertThat(result.failure()).isEqualTo("body larger than " + (this.pdf.length + 10) + " bytes, aborted");
		assertThat(result.attempts()).isEqualTo(1);
		assertNothingKept();
	}

	@Test
	void aBodyExactlyAtTheSizeCapIsKept() {
		this.server.route("/exact.pdf", (exchange, n) -> TestServer.pdf(exchange, this.pdf));
		FetchPolicy policy = policyFor(this.server).withMaxBytes(this.pdf.length);

		FetchResult result = fetch(policy, "/exact.pdf");

		assertThat(result.failure()).isNull();
		assertThat(result.size()).isEqualTo(this.pdf.length);
	}

	@Test
	void anEmptyBodyIsNotAPdf() throws IOException {
		this.server.route("/empty.pdf",
				(exchange, n) -> TestServer.send(exchange, 200, "application/pdf", new byte[0]));

		FetchResult result = fetch(policyFor(this.server), "/empty.pdf");

		assertThat(result.failure()).isEqualTo("not a PDF: empty body");
		assertNothingKept();
	}

	@Test
	void aBinaryBodyThatIsNoPdfIsShownByItsFirstBytes() throws IOException {
		byte[] gzip = { 0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03 };
		this.server.route("/paper.pdf.gz",
				(exchange, n) -> TestServer.send(exchange, 200, "application/octet-stream", gzip));

		FetchResult result = fetch(policyFor(this.server), "/paper.pdf.gz");

		assertThat(result.failure()).isEqualTo("not a PDF: body starts with bytes 1f 8b 08 00 00 00 00 00");
		assertNothingKept();
	}

	/** Sends the PDF in {@code pieces} parts, {@code pauseMillis} apart. */
	private void dribble(HttpExchange exchange, int pieces, long pauseMillis) throws IOException, InterruptedException {
		exchange.getResponseHeaders().set("Content-Type", "application/pdf");
		exchange.sendResponseHeaders(200, this.pdf.length);
		OutputStream out = exchange.getResponseBody();
		int step = (this.pdf.length + pieces - 1) / pieces;
		for (int from = 0; from < this.pdf.length; from += step) {
			out.write(this.pdf, from, Math.min(step, this.pdf.length - from));
			out.flush();
			if (this.server.stopping.await(pauseMillis, TimeUnit.MILLISECONDS)) {
				return;
			}
		}
		out.close();
	}

	private FetchResult fetch(FetchPolicy policy, String path) {
		try (ArtifactFetcher fetcher = TestFetchers.fetcher(policy, this.store,
				new TestFetchers.RecordingSleeper(false))) {
			return fetcher.fetch(FetchRequest.pdf(this.server.url(path)));
		}
	}

	private void assertNothingKept() throws IOException {
		assertThat(storedFiles(this.store)).isEmpty();
		assertThat(temporaryFiles(this.store)).isEmpty();
	}

}
