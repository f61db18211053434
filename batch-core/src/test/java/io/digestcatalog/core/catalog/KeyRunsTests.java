package io.digestcatalog.core.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocking index on disk: what a lookup finds is what was added, however the runs
 * were merged, and stays so after reopening.
 */
class KeyRunsTests {

	@TempDir
	Path dir;

	@Test
	void lookupsFindEveryEntryAddedAcrossMergesAndReopening() {
		Random random = new Random(7);
		// key -> record numbers holding it
		Map<Long, TreeSet<Integer>> truth = new TreeMap<>();
		int maxRuns = 0;
		int number = 0;
		long added = 0;
		try (KeyRuns runs = KeyRuns.open(this.dir, 0)) {
			for (int batch = 0; batch < 60; batch++) {
				// batches of very different sizes, as a first load and then nights are
				int records = (batch % 10 == 0) ? 400 : 1 + random.nextInt(40);
				long first = number + 1;
				List<long[]> pairs = new ArrayList<>();
				for (int r = 0; r < records; r++) {
					number++;
					for (int k = 0; k < 5; k++) {
						// few distinct keys, so keys span blocks and runs
						long key = random.nextInt(3000) - 1500;
						pairs.add(new long[] { key, number });
						truth.computeIfAbsent(key, x -> new TreeSet<>()).add(number);
					}
				}
				long[] keys = new long[pairs.size()];
				int[] numbers = new int[pairs.size()];
				for (int i = 0; i < pairs.size(); i++) {
					keys[i] = pairs.get(i)[0];
					numbers[i] = (int) pairs.get(i)[1];
				}
				runs.add(first, number, keys, numbers, keys.length);
				added += keys.length;
				maxRuns = Math.max(maxRuns, runs.runCount());
			}
			assertThat(maxRuns).isLessThanOrEqualTo(9);
			assertThat(runs.entries()).isEqualTo(added);
			assertThat(found(runs, truth)).isEqualTo(truth);
		}
		try (KeyRuns reopened = KeyRuns.open(this.dir, number)) {
			assertThat(reopened.missing(number)).isEmpty();
			assertThat(found(reopened, truth)).isEqualTo(truth);
		}
	}

	@Test
	void runsPastTheResolvedRecordsAreDroppedOnOpening() {
		try (KeyRuns runs = KeyRuns.open(this.dir, 0)) {
			runs.add(1, 2, new long[] { 5, 6 }, new int[] { 1, 2 }, 2);
			runs.add(3, 4, new long[] { 5, 7 }, new int[] { 3, 4 }, 2);
		}
		try (KeyRuns reopened = KeyRuns.open(this.dir, 2)) {
			assertThat(reopened.missing(2)).isEmpty();
			assertThat(found(reopened, Map.of(5L, new TreeSet<>(), 7L, new TreeSet<>())))
				.isEqualTo(Map.of(5L, new TreeSet<>(List.of(1))));
		}
	}

	/** What the runs hold for every key of {@code asked}, keys found nothing left out. */
	private static Map<Long, TreeSet<Integer>> found(KeyRuns runs, Map<Long, TreeSet<Integer>> asked) {
		long[] sorted = asked.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
		Map<Long, TreeSet<Integer>> found = new TreeMap<>();
		runs.lookup(sorted, (k, n) -> found.computeIfAbsent(sorted[k], x -> new TreeSet<>()).add(n));
		return found;
	}

}
