package io.digestcatalog.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies are filed by hash, once, whole, and never under a name from outside. */
class ContentStoreTests {

	@TempDir
	Path root;

	final byte[] pdf = TestFetchers.bytes(TestFetchers.arxivPdf());

	@Test
	void aBodyIsFiledUnderShardedFoldersNamedByItsHash() throws Exception {
		ContentStore store = new ContentStore(this.root);

		String sha = store.put(new ByteArrayInputStream(this.pdf));

		assertThat(sha).isEqualTo(ArtifactFetcherTests.sha256(this.pdf));
		assertThat(store.path(sha))
			.isEqualTo(this.root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha));
		assertThat(store.contains(sha)).isTrue();
		assertThat(Files.readAllBytes(store.path(sha))).isEqualTo(this.pdf);
	}

	@Test
	void theSameBytesStoredTwiceAreOneFile() throws Exception {
		ContentStore store = new ContentStore(this.root);

		String first = store.put(new ByteArrayInputStream(this.pdf));
		String second = store.put(new ByteArrayInputStream(this.pdf));

		assertThat(second).isEqualTo(first);
		assertThat(TestFetchers.storedFiles(store)).containsExactly(store.path(first));
		assertThat(TestFetchers.temporaryFiles(store)).isEmpty();
	}

	@Test
	void theSameBytesStoredFromManyThreadsAtOnceAreOneWholeFile() throws Exception {
		ContentStore store = new ContentStore(this.root);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> puts = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				puts.add(threads.submit(() -> store.put(new ByteArrayInputStream(this.pdf))));
			}
			for (Future<String> put : puts) {
				assertThat(put.get(30, TimeUnit.SECONDS)).isEqualTo(ArtifactFetcherTests.sha256(this.pdf));
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(TestFetchers.storedFiles(store)).hasSize(1);
		assertThat(Files.readAllBytes(TestFetchers.storedFiles(store).get(0))).isEqualTo(this.pdf);
		assertThat(TestFetchers.temporaryFiles(store)).isEmpty();
	}

	@Test
	void anAbsentHashIsNotContained() {
		assertThat(new ContentStore(this.root).contains("ab".repeat(32))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../etc/passwd", "ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB",
			"abababababababababababababababababababababababababababababababa", "" })
	void onlyALowerCaseHexSha256NamesAFile(String name) {
		ContentStore store = new ContentStore(this.root);

		assertThatIllegalArgumentException().isThrownBy(() -> store.path(name));
		assertThatIllegalArgumentException().isThrownBy(() -> store.contains(name));
	}

}
