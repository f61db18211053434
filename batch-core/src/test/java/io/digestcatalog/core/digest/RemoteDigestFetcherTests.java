package io.digestcatalog.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on 127.0.0.1 serving the canonical digest with an ETag. */
class RemoteDigestFetcherTests {

	@TempDir
	Path cache;

	HttpServer server;

	byte[] body;

	String etag = "\"v1\"";

	final List<String> ifNoneMatch = new ArrayList<>();

	int bodiesSent;

	final Map<URI, RemoteDigestFetcher.Validators> remembered = new HashMap<>();

	final RemoteDigestFetcher.ValidatorStore store = new RemoteDigestFetcher.ValidatorStore() {
		@Override
		public Optional<RemoteDigestFetcher.Validators> load(URI url) {
			return Optional.ofNullable(RemoteDigestFetcherTests.this.remembered.get(url));
		}

		@Override
		public void save(URI url, RemoteDigestFetcher.Validators validators, String sha256, int status) {
			RemoteDigestFetcherTests.this.remembered.put(url, validators);
		}
	};

	@BeforeEach
	void serve() throws IOException {
		this.body = Files.readAllBytes(SampleDigests.canonical());
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/digests/daily-papers-jul29.txt", exchange -> {
			String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
			this.ifNoneMatch.add(sent);
			if (this.etag.equals(sent)) {
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
			exchange.getResponseHeaders().add("ETag", this.etag);
			exchange.getResponseHeaders().add("Last-Modified", "Tue, 29 Jul 2025 06:00:00 GMT");
			exchange.sendResponseHeaders(200, this.body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(this.body);
			}
			this.bodiesSent++;
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	RemoteDigestFetcher fetcher(long maxBytes) {
		return new RemoteDigestFetcher(HttpClient.newHttpClient(), this.cache, this.store, Duration.ofSeconds(10),
				maxBytes);
	}

	@Test
	void aSecondFetchSendsTheEtagAndReadsTheCachedBodyWhenUnchanged() throws IOException {
		RemoteDigestFetcher fetcher = fetcher(1 << 20);

		RemoteDigestFetcher.Fetched first = fetcher.fetch(url("/digests/daily-papers-jul29.txt"));
		RemoteDigestFetcher.Fetched second = fetcher.fetch(url("/digests/daily-papers-jul29.txt"));

		assertThat(first.notModified()).isFalse();
		assertThat(Files.readAllBytes(first.body())).isEqualTo(this.body);
		assertThat(first.name()).isEqualTo("daily-papers-jul29.txt");
		assertThat(Files.getLastModifiedTime(first.body()).toInstant()).hasToString("2025-07-29T06:00:00Z");
		assertThat(second.notModified()).isTrue();
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(this.ifNoneMatch).containsExactly(null, "\"v1\"");
		assertThat(this.bodiesSent).isEqualTo(1);
	}

	@Test
	void aChangedDigestIsDownloadedAgainUnderItsNewHash() throws IOException {
		RemoteDigestFetcher fetcher = fetcher(1 << 20);
		RemoteDigestFetcher.Fetched first = fetcher.fetch(url("/digests/daily-papers-jul29.txt"));
		this.body = "Jul 30\n\nA New Paper\n\nWith a new abstract.\n".getBytes();
		this.etag = "\"v2\"";

		RemoteDigestFetcher.Fetched second = fetcher.fetch(url("/digests/daily-papers-jul29.txt"));

		assertThat(second.notModified()).isFalse();
		assertThat(second.body()).isNotEqualTo(first.body());
		assertThat(Files.readString(second.body())).startsWith("Jul 30");
		assertThat(Files.exists(first.body())).as("the old body stays, content-addressed").isTrue();
	}

	@Test
	void anHttpErrorOrAnOversizedBodyIsAOneLineInputError() {
		RemoteDigestFetcher fetcher = fetcher(1000);

		assertThatThrownBy(() -> fetcher.fetch(url("/missing.txt"))).isInstanceOf(DigestInputException.class)
			.hasMessageEndingWith(": HTTP 404");
		assertThatThrownBy(() -> fetcher.fetch(url("/digests/daily-papers-jul29.txt")))
			.isInstanceOf(DigestInputException.class)
			.hasMessageEndingWith("larger than 1000 bytes");
		assertThat(this.cache).isEmptyDirectory();
	}

}
