package io.digestcatalog.core.artifact;

import static io.digestcatalog.core.artifact.TestFetchers.bytes;
import static io.digestcatalog.core.artifact.TestFetchers.policyFor;
import static io.digestcatalog.core.artifact.TestFetchers.sciencePdf;
import static io.digestcatalog.core.artifact.TestFetchers.storedFiles;
import static io.digestcatalog.core.artifact.TestFetchers.temporaryFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Downloads from a real server on 127.0.0.1: what is kept, what is refused, and why. */
class ArtifactFetcherTests {

	@TempDir
	Path root;

	TestServer server;

	ContentStore store;

	ArtifactFetcher fetcher;

	@BeforeEach
	void start() throws IOException {
		this.server = new TestServer();
		this.store = new ContentStore(this.root.resolve("artifacts"));
		this.fetcher = TestFetchers.fetcher(policyFor(this.server), this.store,
				new TestFetchers.RecordingSleeper(false));
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.fetcher.close();
		this.server.close();
	}

	@Test
	void everyCorpusPdfIsStoredUnderTheHashOfItsExactBytes() throws Exception {
		List<Path> pdfs;
		try (Stream<Path> files = Files.list(TestFetchers.corpus().resolve("pdfs/science-parse"))) {
			pdfs = Stream.concat(files.filter(f -> f.toString().endsWith(".pdf")), Stream.of(TestFetchers.arxivPdf()))
				.sorted()
				.toList();
		}
		for (Path pdf : pdfs) {
			byte[] body = bytes(pdf);
			this.server.route("/papers/" + pdf.getFileName(), (exchange, n) -> TestServer.pdf(exchange, body));
		}

		for (Path pdf : pdfs) {
			FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/papers/" + pdf.getFileName())));

			String expectedSha = sha256(bytes(pdf));
			assertThat(result.failure()).as(pdf.toString()).isNull();
			assertThat(result.status()).isEqualTo(200);
			assertThat(result.sha256()).isEqualTo(expectedSha);
			assertThat(result.size()).isEqualTo(Files.size(pdf));
			assertThat(result.storedPath()).isEqualTo(this.store.root()
				.resolve(expectedSha.substring(0, 2))
				.resolve(expectedSha.substring(2, 4))
				.resolve(expectedSha));
			assertThat(Files.mismatch(result.storedPath(), pdf)).isEqualTo(-1);
			assertThat(result.attempts()).isEqualTo(1);
		}
		assertThat(pdfs).hasSize(30);
		assertThat(storedFiles(this.store)).hasSize(30);
		assertThat(temporaryFiles(this.store)).isEmpty();
	}

	@Test
	void requestsSayWhoWeAreAndWhatWeAccept() {
		byte[] body = bytes(sciencePdf("coordinate_calibrator.pdf"));
		this.server.route("/a.pdf", (exchange, n) -> TestServer.pdf(exchange, body));

		this.fetcher.fetch(FetchRequest.pdf(this.server.url("/a.pdf")));

		TestServer.Hit hit = this.server.hits("/a.pdf").get(0);
		assertThat(hit.headers().getFirst("User-Agent")).isEqualTo(FetchPolicy.USER_AGENT);
		assertThat(hit.headers().getFirst("Accept")).contains("application/pdf");
		assertThat(hit.headers().getFirst("If-None-Match")).isNull();
	}

	@Test
	void aSecondFetchWithTheValidatorsGets304AndTransfersNothing() {
		byte[] body = bytes(sciencePdf("bohnet09.pdf"));
		this.server.route("/bohnet09.pdf", (exchange, n) -> {
			if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
				return;
			}
			exchange.getResponseHeaders().set("ETag", "\"v1\"");
			exchange.getResponseHeaders().set("Last-Modified", "Tue, 29 Jul 2025 06:00:00 GMT");
			TestServer.pdf(exchange, body);
		});
		URI url = this.server.url("/bohnet09.pdf");
		FetchResult first = this.fetcher.fetch(FetchRequest.pdf(url));

		FetchResult second = this.fetcher.fetch(new FetchRequest(url, ExpectedContent.pdf(), first.validators()));

		assertThat(first.notModified()).isFalse();
		assertThat(first.etag()).isEqualTo("\"v1\"");
		assertThat(first.lastModified()).isEqualTo("Tue, 29 Jul 2025 06:00:00 GMT");
		assertThat(second.failure()).isNull();
		assertThat(second.notModified()).isTrue();
		assertThat(second.status()).isEqualTo(304);
		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(second.storedPath()).isEqualTo(first.storedPath());
		assertThat(second.size()).isEqualTo(body.length);
		assertThat(second.etag()).isEqualTo("\"v1\"");
		List<TestServer.Hit> hits = this.server.hits("/bohnet09.pdf");
		assertThat(hits).hasSize(2);
		assertThat(hits.get(1).headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
		assertThat(hits.get(1).headers().getFirst("If-Modified-Since")).isEqualTo("Tue, 29 Jul 2025 06:00:00 GMT");
	}

	@Test
	void validatorsOfABodyNoLongerStoredAreNotSentSoTheBodyIsFetchedAgain() throws IOException {
		byte[] body = bytes(sciencePdf("bohnet09.pdf"));
		this.server.route("/bohnet09.pdf", (exchange, n) -> {
			exchange.getResponseHeaders().set("ETag", "\"v1\"");
			TestServer.pdf(exchange, body);
		});
		URI url = this.server.url("/bohnet09.pdf");
		FetchResult first = this.fetcher.fetch(FetchRequest.pdf(url));
		Files.delete(first.storedPath());

		FetchResult second = this.fetcher.fetch(new FetchRequest(url, ExpectedContent.pdf(), first.validators()));

		assertThat(second.notModified()).isFalse();
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.storedPath()).exists();
		assertThat(this.server.hits("/bohnet09.pdf").get(1).headers().getFirst("If-None-Match")).isNull();
	}

	@Test
	void theSamePdfUnderTwoUrlsIsStoredOnce() throws IOException {
		byte[] body = bytes(sciencePdf("mooney05.pdf"));
		this.server.route("/one.pdf", (exchange, n) -> TestServer.pdf(exchange, body));
		this.server.route("/mirror/two", (exchange, n) -> TestServer.send(exchange, 200, "binary/octet-stream", body));

		FetchResult one = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/one.pdf")));
		FetchResult two = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/mirror/two")));

		assertThat(one.failure()).isNull();
		assertThat(two.failure()).isNull();
		assertThat(two.sha256()).isEqualTo(one.sha256());
		assertThat(two.storedPath()).isEqualTo(one.storedPath());
		assertThat(storedFiles(this.store)).containsExactly(one.storedPath());
		assertThat(temporaryFiles(this.store)).isEmpty();
	}

	@Test
	void aNotFoundIsAFailedResultTriedOnce() throws IOException {
		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/missing.pdf")));

		assertThat(result.failure()).isEqualTo("HTTP 404");
		assertThat(result.status()).isEqualTo(404);
		assertThat(result.succeeded()).isFalse();
		assertThat(result.sha256()).isNull();
		assertThat(result.storedPath()).isNull();
		assertThat(result.attempts()).isEqualTo(1);
		assertThat(this.server.hits("/missing.pdf")).hasSize(1);
		assertThat(storedFiles(this.store)).isEmpty();
	}

	@Test
	void anHtmlPageServedAsPdfIsRejectedAndNotKept() throws IOException {
		byte[] page = "<!DOCTYPE html>\n<html><body>Please log in</body></html>\n".getBytes();
		this.server.route("/paper.pdf", (exchange, n) -> TestServer.pdf(exchange, page));

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/paper.pdf")));

		assertThat(result.failure()).isEqualTo("not a PDF: body starts with <!DOCTYPE");
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.contentType()).isEqualTo("application/pdf");
		assertThat(result.attempts()).isEqualTo(1);
		assertThat(storedFiles(this.store)).isEmpty();
		assertThat(temporaryFiles(this.store)).isEmpty();
	}

	@Test
	void aBodyOfAnotherContentTypeIsRejectedBeforeItIsRead() throws IOException {
		byte[] body = bytes(sciencePdf("mooney05.pdf"));
		this.server.route("/landing",
				(exchange, n) -> TestServer.send(exchange, 200, "text/html; charset=utf-8", body));

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(this.server.url("/landing")));

		assertThat(result.failure()).isEqualTo("not a PDF: content type text/html");
		assertThat(result.attempts()).isEqualTo(1);
		assertThat(temporaryFiles(this.store)).isEmpty();
	}

	@Test
	void anythingMayBeFetchedWhenAnythingIsExpected() {
		byte[] page = "<!DOCTYPE html><p>a project page</p>".getBytes();
		this.server.route("/page", (exchange, n) -> TestServer.send(exchange, 200, "text/html", page));

		FetchResult result = this.fetcher
			.fetch(new FetchRequest(this.server.url("/page"), ExpectedContent.anything(), null));

		assertThat(result.failure()).isNull();
		assertThat(result.size()).isEqualTo(page.length);
		assertThat(result.contentType()).isEqualTo("text/html");
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "jar:file:/tmp/x.jar!/a.pdf", "ftp://127.0.0.1/x.pdf",
			"data:application/pdf;base64,JVBERi0=", "javascript:alert(1)" })
	void aNonHttpSchemeIsRefusedBeforeAnyIo(String link) {
		URI url = URI.create(link);

		FetchResult result = this.fetcher.fetch(FetchRequest.pdf(url));

		assertThat(result.failure()).isEqualTo("refused: scheme " + url.getScheme() + " is not http(s)");
		assertThat(result.status()).isZero();
		assertThat(result.attempts()).isEqualTo(1);
	}

	@Test
	void theDefaultPolicyRefusesLoopbackWithoutSendingARequest() {
		byte[] body = bytes(sciencePdf("mooney05.pdf"));
		this.server.route("/a.pdf", (exchange, n) -> TestServer.pdf(exchange, body));
		URI url = this.server.url("/a.pdf");

		try (ArtifactFetcher strict = new ArtifactFetcher(FetchPolicy.defaults(), this.store)) {
			FetchResult refused = strict.fetch(FetchRequest.pdf(url));
			FetchResult allowed = this.fetcher.fetch(FetchRequest.pdf(url));

			assertThat(refused.failure()).isEqualTo("refused: 127.0.0.1 is a loopback address");
			assertThat(refused.attempts()).isEqualTo(1);
			assertThat(allowed.failure()).isNull();
			assertThat(this.server.hits("/a.pdf")).hasSize(1);
		}
	}

	@Test
	void theDefaultPolicyRefusesLoopbackWrittenAsAnIpv4MappedIpv6Address() {
		URI url = URI.create("http://[::ffff:127.0.0.1]:" + this.server.port() + "/a.pdf");

		try (ArtifactFetcher strict = new ArtifactFetcher(FetchPolicy.defaults(), this.store)) {
			FetchResult result = strict.fetch(FetchRequest.pdf(url));

			assertThat(result.failure()).isEqualTo("refused: ::ffff:127.0.0.1 is 127.0.0.1, a loopback address");
			assertThat(this.server.hits()).isEmpty();
		}
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
