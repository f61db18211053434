package io.digestcatalog.core.artifact;

import static io.digestcatalog.core.artifact.TestFetchers.bytes;
import static io.digestcatalog.core.artifact.TestFetchers.policyFor;
import static io.digestcatalog.core.artifact.TestFetchers.sciencePdf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redirects are followed by hand, one checked hop at a time: a link cannot bounce the
 * fetcher into a private network, a loop, or an endless chain.
 */
class ArtifactFetcherRedirectTests {

	@TempDir
	Path root;

	TestServer server;

	ArtifactFetcher fetcher;

	final byte[] pdf = bytes(sciencePdf("mono04.pdf"));

	@BeforeEach
	void start() throws IOException {
		this.server = new TestServer();
		this.server.route("/final.pdf", (exchange, n) -> TestServer.pdf(exchange, this.pdf));
		this.fetcher = TestFetchers.fetcher(policyFor(this.server), new ContentStore(this.root),
				new TestFetchers.RecordingSleeper(false));
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.fetcher.close();
		this.server.close();
	}

	@Test
	void relativeAndAbsoluteRedirectsAreFollowedToTheFinalUrl() {
		this.server.route("/abs/1234", (exchange, n) -> TestServer.redirect(exchange, 301, "/pdf/1234"));
		this.server.route("/pdf/1234", (exchange, n) -> TestServer.redirect(exchange, 307, "../final.pdf#page=2"));

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/abs/1234")));

		assertThat(result.failure()).isNull();
		assertThat(result.url()).isEqualTo(this.server.url("/abs/1234"));
		assertThat(result.finalUrl()).isEqualTo(this.server.url("/final.pdf"));
		assertThat(result.attempts()).isEqualTo(1);
		assertThat(result.size()).isEqualTo(this.pdf.length);
	}

	@Test
	void fiveRedirectsAreFollowed() {
		for (int i = 0; i < 5; i++) {
			String next = (i == 4) ? "/final.pdf" : "/chain/" + (i + 1);
			this.server.route("/chain/" + i, (exchange, n) -> TestServer.redirect(exchange, 302, next));
		}

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/chain/0")));

		assertThat(result.failure()).isNull();
		assertThat(result.finalUrl()).isEqualTo(this.server.url("/final.pdf"));
	}

	@Test
	void aSixthRedirectIsTooMany() {
		for (int i = 0; i < 10; i++) {
			String next = "/hop/" + (i + 1);
			this.server.route("/hop/" + i, (exchange, n) -> TestServer.redirect(exchange, 302, next));
		}

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/hop/0")));

		assertThat(result.failure()).isEqualTo("too many redirects (6)");
		assertThat(result.status()).isEqualTo(302);
		assertThat(result.attempts()).isEqualTo(1);
		assertThat(this.server.hits()).hasSize(6);
	}

	@Test
	void aRedirectBackToAVisitedUrlIsALoop() {
		this.server.route("/loop/a", (exchange, n) -> TestServer.redirect(exchange, 302, "/loop/b"));
		this.server.route("/loop/b", (exchange, n) -> TestServer.redirect(exchange, 302, "/loop/a"));

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/loop/a")));

		assertThat(result.failure()).isEqualTo("redirect loop");
		assertThat(result.finalUrl()).isEqualTo(this.server.url("/loop/b"));
		assertThat(this.server.hits()).hasSize(2);
	}

	@Test
	void aRedirectToAPrivateAddressIsRefusedWithoutConnecting() {
		this.server.route("/sneaky.pdf", (exchange, n) -> TestServer.redirect(exchange, 302, "http://10.0.0.5/x.pdf"));

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/sneaky.pdf")));

		assertThat(result.failure()).isEqualTo("refused: 10.0.0.5 is a private address");
		assertThat(result.finalUrl()).isEqualTo(URI.create("http://10.0.0.5/x.pdf"));
		assertThat(result.attempts()).isEqualTo(1);
	}

	@Test
	void aRedirectToCloudMetadataIsRefused() {
		this.server.route("/sneaky.pdf",
				(exchange, n) -> TestServer.redirect(exchange, 303, "http://169.254.169.254/latest/meta-data/"));

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/sneaky.pdf")));

		assertThat(result.failure()).isEqualTo("refused: 169.254.169.254 is a link-local address");
	}

	@Test
	void aRedirectToLoopbackOnAPortOutsideTheAllowListIsRefusedAndNeverReachesIt() throws Exception {
		try (TestServer other = new TestServer()) {
			other.route("/x.pdf", (exchange, n) -> TestServer.pdf(exchange, this.pdf));
			this.server.route("/sneaky.pdf",
					(exchange, n) -> TestServer.redirect(exchange, 302, other.url("/x.pdf").toString()));

			FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/sneaky.pdf")));

			assertThat(result.failure()).isEqualTo("refused: 127.0.0.1 is a loopback address");
			assertThat(result.finalUrl()).isEqualTo(other.url("/x.pdf"));
			assertThat(other.hits()).isEmpty();
		}
	}

	@Test
	void aRedirectToAFileUrlIsRefused() {
		this.server.route("/sneaky.pdf", (exchange, n) -> TestServer.redirect(exchange, 302, "file:///etc/passwd"));

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/sneaky.pdf")));

		assertThat(result.failure()).isEqualTo("refused: scheme file is not http(s)");
	}

	@Test
	void aRedirectWithoutLocationFails() {
		this.server.route("/nowhere", (exchange, n) -> exchange.sendResponseHeaders(302, -1));

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/nowhere")));

		assertThat(result.failure()).isEqualTo("HTTP 302 without a Location");
	}

}
