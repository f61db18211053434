package io.digestcatalog.core.artifact;

import static io.digestcatalog.core.artifact.TestFetchers.bytes;
import static io.digestcatalog.core.artifact.TestFetchers.policyFor;
import static io.digestcatalog.core.artifact.TestFetchers.sciencePdf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One fetcher shared by several threads keeps its manners per host, as measured by the
 * server: request starts spaced by the interval, and no more requests in flight than
 * allowed.
 */
class ArtifactFetcherHostLimitTests {

	@TempDir
	Path root;

	TestServer server;

	ExecutorService threads = Executors.newFixedThreadPool(6);

	final byte[] pdf = bytes(sciencePdf("pedersen04.pdf"));

	@BeforeEach
	void start() throws IOException {
		this.server = new TestServer();
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.threads.shutdownNow();
		this.threads.awaitTermination(5, TimeUnit.SECONDS);
		this.server.close();
	}

	@Test
	void requestStartsToOneHostAreAtLeastTheIntervalApart() throws Exception {
		Duration interval = Duration.ofMillis(250);
		for (int i = 0; i < 6; i++) {
			this.server.route("/p/" + i, (exchange, n) -> TestServer.pdf(exchange, this.pdf));
		}
		FetchPolicy policy = policyFor(this.server).withPerHost(6, interval);

		try (ArtifactFetcher fetcher = new ArtifactFetcher(policy, new ContentStore(this.root))) {
			// the first request of a JVM pays for class loading and a new connection
			assertThat(fetcher.fetch(FetchRequest.pdf(this.server.url("/p/0"))).failure()).isNull();
			List<FetchResult> results = fetchConcurrently(fetcher, "/p/1", "/p/2", "/p/3", "/p/4", "/p/5");

			assertThat(results).allSatisfy(r -> assertThat(r.failure()).isNull());
		}
		List<Long> starts = this.server.hits()
			.stream()
			.filter(h -> !h.path().equals("/p/0"))
			.map(TestServer.Hit::startNanos)
			.sorted()
			.toList();
		assertThat(starts).hasSize(5);
		Duration tolerance = Duration.ofMillis(50);
		for (int i = 1; i < starts.size(); i++) {
			assertThat(Duration.ofNanos(starts.get(i) - starts.get(i - 1))).as("gap %d", i)
				.isGreaterThanOrEqualTo(interval.minus(tolerance));
		}
		assertThat(Duration.ofNanos(starts.get(4) - starts.get(0)))
			.isGreaterThanOrEqualTo(interval.multipliedBy(4).minus(tolerance));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void noMoreRequestsToOneHostAreInFlightThanAllowed(int allowed) throws Exception {
		this.server.route("/slow.pdf", (exchange, n) -> {
			Thread.sleep(300);
			TestServer.pdf(exchange, this.pdf);
		});
		FetchPolicy policy = policyFor(this.server).withPerHost(allowed, Duration.ZERO);

		try (ArtifactFetcher fetcher = new ArtifactFetcher(policy, new ContentStore(this.root))) {
			List<FetchResult> results = fetchConcurrently(fetcher, "/slow.pdf", "/slow.pdf", "/slow.pdf", "/slow.pdf",
					"/slow.pdf", "/slow.pdf");

			assertThat(results).allSatisfy(r -> assertThat(r.failure()).isNull());
		}
		assertThat(this.server.hits("/slow.pdf")).hasSize(6);
		assertThat(this.server.maxInFlight()).isEqualTo(allowed);
	}

	private List<FetchResult> fetchConcurrently(ArtifactFetcher fetcher, String... paths) throws Exception {
		List<Future<FetchResult>> futures = new ArrayList<>();
		for (String path : paths) {
			futures.add(this.threads.submit(() -> fetcher.fetch(FetchRequest.pdf(this.server.url(path)))));
		}
		List<FetchResult> results = new ArrayList<>();
		for (Future<FetchResult> future : futures) {
			results.add(future.get(30, TimeUnit.SECONDS));
		}
		return results;
	}

}
