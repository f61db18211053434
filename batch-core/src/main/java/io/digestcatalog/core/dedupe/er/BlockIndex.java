package io.digestcatalog.core.dedupe.er;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Blocking key to the records holding it, in primitive arrays: a million records with
 * twenty keys each fit in a few hundred megabytes, where boxed maps would take gigabytes.
 * Open addressing over the keys; each key's records form a linked list.
 */
final class BlockIndex {

	private static final int NONE = -1;

	private long[] keys = new long[1024];

	private int[] heads = filled(1024);

	private int slotsUsed;

	private int[] records = new int[1024];

	private int[] next = new int[1024];

	private int entries;

	/** Calls {@code action} with every record holding {@code key}, newest first. */
	void forEach(long key, IntConsumer action) {
		int slot = find(key);
		for (int e = this.heads[slot]; e != NONE; e = this.next[e]) {
			action.accept(this.records[e]);
		}
	}

	void add(long key, int record) {
		if ((this.slotsUsed + 1) * 2 > this.keys.length) {
			rehash(this.keys.length * 2);
		}
		int slot = find(key);
		if (this.heads[slot] == NONE) {
			this.keys[slot] = key;
			this.slotsUsed++;
		}
		if (this.entries == this.records.length) {
			this.records = Arrays.copyOf(this.records, this.entries * 2);
			this.next = Arrays.copyOf(this.next, this.entries * 2);
		}
		this.records[this.entries] = record;
		this.next[this.entries] = this.heads[slot];
		this.heads[slot] = this.entries++;
	}

	/** The slot holding {@code key}, or the free slot where it would go. */
	private int find(long key) {
		int mask = this.keys.length - 1;
		int slot = (int) BlockingKeys.mix(key) & mask;
		while (this.heads[slot] != NONE && this.keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void rehash(int capacity) {
		long[] oldKeys = this.keys;
		int[] oldHeads = this.heads;
		this.keys = new long[capacity];
		this.heads = filled(capacity);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldHeads[i] != NONE) {
				int slot = find(oldKeys[i]);
				this.keys[slot] = oldKeys[i];
				this.heads[slot] = oldHeads[i];
			}
		}
	}

	private static int[] filled(int size) {
		int[] array = new int[size];
		Arrays.fill(array, NONE);
		return array;
	}

	int keyCount() {
		return this.slotsUsed;
	}

	int entryCount() {
		return this.entries;
	}

}
