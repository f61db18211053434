package io.digestcatalog.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.digestcatalog.core.catalog.DigestLedger;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.jobs.Digests;

/**
 * Reading ahead changes when the delegate reads, never what the step sees or saves: the
 * same items in the same order, the position of the last item taken, and a restart from
 * it that goes on as from the delegate's own.
 */
class ReadAheadTests {

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

	static ReadAhead ahead(DigestItemReader reader, int capacity) {
		return new ReadAhead(reader, ExtractingProcessor::extract, capacity);
	}

	static Map<String, Object> saved(org.springframework.batch.infrastructure.item.ItemStream reader) {
		ExecutionContext context = new ExecutionContext();
		reader.update(context);
		Map<String, Object> values = new TreeMap<>();
		context.entrySet().forEach(e -> values.put(e.getKey(), e.getValue()));
		return values;
	}

	@Test
	void theStepSeesTheDelegatesItemsAndSavesItsPositionAfterEachItemTaken() throws Exception {
		Path a = Digests.generate(this.work.resolve("a.txt"), 30);
		Path empty = Files.writeString(this.work.resolve("empty.txt"), "");
		Path b = Digests.generate(this.work.resolve("b.txt"), 20);
		DigestItemReader plain = reader(a, empty, b);
		plain.open(new ExecutionContext());
		List<DigestItem> items = new ArrayList<>();
		List<Map<String, Object>> positions = new ArrayList<>();
		positions.add(saved(plain));
		for (DigestItem item = plain.read(); item != null; item = plain.read()) {
			items.add(item);
			positions.add(saved(plain));
		}
		Map<String, Object> end = saved(plain);
		plain.close();

		// a queue smaller than the input: the thread waits for the step
		ReadAhead ahead = ahead(reader(a, empty, b), 4);
		ahead.open(new ExecutionContext());
		assertThat(saved(ahead)).isEqualTo(positions.get(0));
		List<DigestItem> seen = new ArrayList<>();
		for (DigestItem item = ahead.read(); item != null; item = ahead.read()) {
			seen.add(item);
			Object work = ahead.workFor(item);
			if (item instanceof RejectedEntry) {
				assertThat(work).isInstanceOf(QuarantineException.class);
			}
			else {
				assertThat(work).isInstanceOf(io.digestcatalog.core.extract.ExtractedEntry.class);
				assertThat(((io.digestcatalog.core.extract.ExtractedEntry) work).entry()).isSameAs(item);
			}
			// the work is handed on once; the step's processor does it again if asked
			// again
			assertThat(ahead.workFor(item)).isNull();
			assertThat(saved(ahead)).as("position after item %d", seen.size()).isEqualTo(positions.get(seen.size()));
		}
		assertThat(saved(ahead)).isEqualTo(end);
		assertThat(ahead.read()).isNull();
		ahead.close();

		assertThat(seen).isEqualTo(items);
		assertThat(items).hasSize(51).filteredOn(RejectedEntry.class::isInstance).hasSize(1);
		// past the last source: no path to resume in
		assertThat(positions.get(positions.size() - 1)).containsKey(DigestReading.FILE_PATH);
		assertThat(end).doesNotContainKey(DigestReading.FILE_PATH);
	}

	@Test
	void aRunStoppedMidSourceRestartsFromThePositionOfTheLastItemTakenNotTheLastRead() throws Exception {
		Path a = Digests.generate(this.work.resolve("a.txt"), 30);
		Path b = Digests.generate(this.work.resolve("b.txt"), 20);
		DigestItemReader clean = reader(a, b);
		clean.open(new ExecutionContext());
		List<String> all = DigestItemReaderTests.titles(clean, 1000);
		clean.close();

		ReadAhead first = ahead(reader(a, b), 100);
		ExecutionContext saved = new ExecutionContext();
		first.open(saved);
		List<String> before = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			before.add(((DigestEntry) first.read()).title());
		}
		// the thread has read everything by now; the step took 12
		Thread.sleep(200);
		first.update(saved);
		first.close();
		ReadAhead resumed = ahead(reader(a, b), 100);
		resumed.open(saved);
		List<String> after = new ArrayList<>();
		for (DigestItem item = resumed.read(); item != null; item = resumed.read()) {
			after.add(((DigestEntry) item).title());
		}
		resumed.close();

		assertThat(saved.getInt(DigestReading.FILE_INDEX)).isZero();
		assertThat(saved.getLong(DigestReading.FILE_ITEMS)).isEqualTo(12);
		List<String> joined = new ArrayList<>(before);
		joined.addAll(after);
		assertThat(joined).isEqualTo(all);
	}

	@Test
	void aFailureOfTheDelegateReachesTheStepAtItsPlaceAndClosingStopsTheThread() throws Exception {
		Path a = Digests.generate(this.work.resolve("a.txt"), 3);
		Path b = Digests.generate(this.work.resolve("b.txt"), 3);
		ReadAhead ahead = ahead(reader(a, b), 2);
		ExecutionContext saved = new ExecutionContext();
		ahead.open(saved);
		ahead.read();
		// b vanishes under the run: the delegate fails when it opens it
		Files.delete(b);
		ahead.read();
		ahead.read();
		assertThatThrownBy(ahead::read).hasMessageContaining(b.toString());
		ahead.update(saved);
		assertThat(saved.getInt(DigestReading.FILE_INDEX)).isEqualTo(1);

		// a thread blocked on a full queue is stopped by close
		Path c = Digests.generate(this.work.resolve("c.txt"), 50);
		ReadAhead blocked = ahead(reader(c), 1);
		blocked.open(new ExecutionContext());
		blocked.read();
		Thread.sleep(100);
		org.assertj.core.api.Assertions
			.assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
				blocked.close();
				return true;
			}))
			.isTrue();
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("digestcat-read-ahead"));
	}

}
