package io.digestcatalog.core.dedupe.er;

import java.util.Arrays;

/**
 * Finds a new record's candidates: the records already indexed under any of its keys,
 * each once, before the record itself is indexed, so that every pair sharing a key is
 * proposed exactly once, by the later of the two.
 */
final class CandidateSearch {

	private final int[] seenBy;

	private int[] found = new int[64];

	private int count;

	CandidateSearch(int records) {
		this.seenBy = new int[records];
	}

	int[] candidates(BlockIndex blocks, long[] keys, int position) {
		this.count = 0;
		int stamp = position + 1;
		for (long key : keys) {
			blocks.forEach(key, other -> {
				if (this.seenBy[other] != stamp) {
					this.seenBy[other] = stamp;
					if (this.count == this.found.length) {
						this.found = Arrays.copyOf(this.found, this.count * 2);
					}
					this.found[this.count++] = other;
				}
			});
		}
		for (long key : keys) {
			blocks.add(key, position);
		}
		int[] candidates = Arrays.copyOf(this.found, this.count);
		Arrays.sort(candidates);
		return candidates;
	}

}
