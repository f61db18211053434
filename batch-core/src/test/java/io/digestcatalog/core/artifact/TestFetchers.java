package io.digestcatalog.core.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/** Real PDFs from the shared corpus, and fetchers and sleepers set up for tests. */
final class TestFetchers {

	private TestFetchers() {
	}

	static Path corpus() {
		String shared = System.getProperty("digestcat.shared");
		Path root = (shared != null && !shared.isBlank()) ? Path.of(shared) : Path.of("../../shared");
		return root.resolve("corpus");
	}

	static Path sciencePdf(String name) {
		return corpus().resolve("pdfs/science-parse").resolve(name);
	}

	static Path arxivPdf() {
		return corpus().resolve("arxiv-atom/1111.2011v2.pdf");
	}

	static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The default policy, allowing only this server, with no per-host interval so that
	 * tests that are not about it do not wait for it.
	 */
	static FetchPolicy policyFor(TestServer server) {
		return FetchPolicy.defaults()
			.withAddresses(AddressPolicy.allowing(server.allowEntry()))
			.withPerHost(2, Duration.ZERO);
	}

	/** Files in the store, temporary folder aside. */
	static List<Path> storedFiles(ContentStore store) throws IOException {
		if (!Files.exists(store.root())) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(store.root())) {
			return files.filter(Files::isRegularFile)
				.filter(f -> !f.getParent().equals(store.root().resolve("tmp")))
				.toList();
		}
	}

	/** Leftovers of aborted downloads. */
	static List<Path> temporaryFiles(ContentStore store) throws IOException {
		Path tmp = store.root().resolve("tmp");
		if (!Files.exists(tmp)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(tmp)) {
			return files.toList();
		}
	}

	/** Records the waits asked for, and sleeps them only when told to. */
	static final class RecordingSleeper implements Sleeper {

		final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

		private final boolean reallySleep;

		RecordingSleeper(boolean reallySleep) {
			this.reallySleep = reallySleep;
		}

		@Override
		public void sleep(Duration duration) throws InterruptedException {
			this.waits.add(duration);
			if (this.reallySleep) {
				Sleeper.system().sleep(duration);
			}
		}

	}

	static ArtifactFetcher fetcher(FetchPolicy policy, ContentStore store, Sleeper sleeper) {
		return new ArtifactFetcher(policy, store, Clock.systemUTC(), sleeper);
	}

}
