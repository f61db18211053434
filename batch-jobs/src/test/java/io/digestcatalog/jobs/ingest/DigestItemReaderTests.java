package io.digestcatalog.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

import io.digestcatalog.core.catalog.DigestLedger;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.jobs.Digests;

class DigestItemReaderTests {

	@TempDir
	Path work;

	DigestLedger ledger;

	@BeforeEach
	void catalog() {
		this.ledger = Readers.ledger();
	}

	DigestItemReader reader(Path... inputs) {
		return Readers.reader(this.ledger, inputs);
	}

	static List<String> titles(DigestItemReader reader, int max) {
		List<String> titles = new ArrayList<>();
		DigestItem item;
		while (titles.size() < max && (item = reader.read()) != null) {
			titles.add(((DigestEntry) item).title());
		}
		return titles;
	}

	@Test
	void aReopenedReaderResumesAfterTheLastSavedPositionAcrossFiles() throws Exception {
		Path a = Digests.generate(this.work.resolve("a.txt"), 30);
		Path b = Digests.generate(this.work.resolve("b.txt"), 20);
		DigestItemReader clean = reader(a, b);
		clean.open(new ExecutionContext());
		List<String> all = titles(clean, 1000);
		clean.close();

		DigestItemReader first = reader(a, b);
		ExecutionContext saved = new ExecutionContext();
		first.open(saved);
		List<String> before = titles(first, 37);
		first.update(saved);
		first.close();
		DigestItemReader resumed = reader(a, b);
		resumed.open(saved);
		List<String> after = titles(resumed, 1000);

		assertThat(all).hasSize(50);
		assertThat(saved.getInt(DigestReading.FILE_INDEX)).isEqualTo(1);
		assertThat(saved.getLong(DigestReading.FILE_ITEMS)).isEqualTo(7);
		List<String> joined = new ArrayList<>(before);
		joined.addAll(after);
		assertThat(joined).isEqualTo(all);
	}

	@Test
	void aRunKilledAfterItsLastInputRestartsWithNothingLeftToRead() throws Exception {
		// a run killed once the reader had passed its last input, before the step ended
		Path a = Digests.generate(this.work.resolve("a.txt"), 5);
		Path b = Digests.generate(this.work.resolve("b.txt"), 5);
		DigestItemReader first = reader(a, b);
		ExecutionContext saved = new ExecutionContext();
		first.open(saved);
		titles(first, 7);
		first.update(saved);
		assertThat(titles(first, 1000)).hasSize(3);
		first.update(saved);
		first.close();
		// what a run saved before the reader forgot the last path past the end
		ExecutionContext older = new ExecutionContext(saved);
		older.putString(DigestReading.FILE_PATH, b.toString());

		DigestItemReader restarted = reader(a, b);
		restarted.open(saved);
		DigestItemReader restartedOlder = reader(a, b);
		restartedOlder.open(older);

		assertThat(saved.containsKey(DigestReading.FILE_PATH)).isFalse();
		assertThat(restarted.read()).isNull();
		assertThat(restartedOlder.read()).isNull();
		assertThatThrownBy(() -> reader(b, a).open(older)).isInstanceOf(ItemStreamException.class)
			.hasMessageContaining("the inputs changed since the failed run");
	}

	@Test
	void restartRefusesWhenTheInputsChangedSinceTheFailedRun() throws Exception {
		Path a = Digests.generate(this.work.resolve("a.txt"), 5);
		Path b = Digests.generate(this.work.resolve("b.txt"), 5);
		DigestItemReader first = reader(a, b);
		ExecutionContext saved = new ExecutionContext();
		first.open(saved);
		titles(first, 7);
		first.update(saved);
		Files.delete(a);

		assertThatThrownBy(() -> reader(b).open(saved)).isInstanceOf(ItemStreamException.class)
			.hasMessageContaining("the inputs changed since the failed run");
	}

	@Test
	void restartRefusesWhenTheDigestBeingResumedWasRewritten() throws Exception {
		Path a = Digests.generate(this.work.resolve("a.txt"), 20);
		DigestItemReader first = reader(a);
		ExecutionContext saved = new ExecutionContext();
		first.open(saved);
		titles(first, 7);
		first.update(saved);
		first.close();
		io.digestcatalog.core.digest.SyntheticDigest.write(a, 20, 99);

		assertThatThrownBy(() -> reader(a).open(saved)).isInstanceOf(ItemStreamException.class)
			.hasMessageContaining("changed since the failed run read it");
	}

}
