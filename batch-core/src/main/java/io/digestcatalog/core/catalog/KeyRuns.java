package io.digestcatalog.core.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Entity resolution's blocking index on disk: every resolved record's blocking keys as
 * {@code (key, record number)} entries in sorted files ("runs"), one written per resolved
 * batch and merged when there are many, so that the heap holds only a small sparse index
 * of each run however many records there are. A batch's candidates are found by one merge
 * of its sorted keys with each run, reading only the blocks that can hold them.
 * <p>
 * Runs are named by the record numbers they cover; the database says which numbers are
 * resolved, so a run beyond them (written by a batch whose transaction never committed)
 * is deleted on opening, and a range no intact run covers is reported for the caller to
 * index again from its records. No library is used: a key-value store answers one key per
 * seek, where a batch wants a hundred thousand keys answered by one sequential pass.
 */
final class KeyRuns implements AutoCloseable {

	/** Entries per block of the sparse index. */
	static final int BLOCK = 256;

	private static final int ENTRY = 12;

	private static final long MAGIC = 0x444347524B455931L;

	private static final int MAX_RUNS = 8;

	private static final Pattern NAME = Pattern.compile("keys-(\\d+)-(\\d+)\\.run");

	private final Path dir;

	private final List<Run> runs = new ArrayList<>();

	/** A sorted file and the first key of each of its blocks. */
	private static final class Run {

		final Path file;

		final long first;

		final long last;

		final long entries;

		final long[] blockKeys;

		final FileChannel channel;

		Run(Path file, long first, long last, long entries, long[] blockKeys, FileChannel channel) {
			this.file = file;
			this.first = first;
			this.last = last;
			this.entries = entries;
			this.blockKeys = blockKeys;
			this.channel = channel;
		}

	}

	private KeyRuns(Path dir) {
		this.dir = dir;
	}

	/**
	 * Opens the runs in {@code dir} for records numbered 1 to {@code resolved}: runs past
	 * it are deleted, damaged ones too.
	 * @return the runs, and in {@link #missing} what no run covers
	 */
	static KeyRuns open(Path dir, long resolved) {
		KeyRuns keys = new KeyRuns(dir);
		try {
			Files.createDirectories(dir);
			List<Path> files;
			try (Stream<Path> list = Files.list(dir)) {
				files = list.sorted().toList();
			}
			for (Path file : files) {
				Matcher m = NAME.matcher(file.getFileName().toString());
				if (!m.matches()) {
					if (file.getFileName().toString().endsWith(".tmp")) {
						Files.delete(file);
					}
					continue;
				}
				long first = Long.parseLong(m.group(1));
				long last = Long.parseLong(m.group(2));
				Run run = (last <= resolved) ? keys.load(file, first, last) : null;
				if (run == null) {
					Files.delete(file);
				}
				else {
					keys.runs.add(run);
				}
			}
			keys.runs.sort(Comparator.comparingLong(r -> r.first));
			// overlapping runs (a merge interrupted before its inputs were deleted): keep
			// the widest
			List<Run> kept = new ArrayList<>();
			for (Run run : keys.runs) {
				if (!kept.isEmpty() && run.first <= kept.get(kept.size() - 1).last) {
					Run previous = kept.get(kept.size() - 1);
					Run drop = (run.last - run.first > previous.last - previous.first) ? previous : run;
					drop.channel.close();
					Files.delete(drop.file);
					if (drop == previous) {
						kept.set(kept.size() - 1, run);
					}
					continue;
				}
				kept.add(run);
			}
			keys.runs.clear();
			keys.runs.addAll(kept);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the resolution index in " + dir, ex);
		}
		return keys;
	}

	/**
	 * Record number ranges {@code [first, last]} up to {@code resolved} no run covers.
	 */
	List<long[]> missing(long resolved) {
		List<long[]> gaps = new ArrayList<>();
		long next = 1;
		for (Run run : this.runs) {
			if (run.first > next) {
				gaps.add(new long[] { next, run.first - 1 });
			}
			next = Math.max(next, run.last + 1);
		}
		if (next <= resolved) {
			gaps.add(new long[] { next, resolved });
		}
		return gaps;
	}

	/** The run's sparse index, or {@code null} when the file is damaged. */
	private Run load(Path file, long first, long last) throws IOException {
		long size = Files.size(file);
		if (size < 16 + 8 || (size - 16 - 8) % ENTRY != 0) {
			return null;
		}
		long entries = (size - 16 - 8) / ENTRY;
		long[] blockKeys = new long[(int) ((entries + BLOCK - 1) / BLOCK)];
		CRC32 crc = new CRC32();
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			if (in.readLong() != MAGIC || in.readLong() != entries) {
				return null;
			}
			// a block's worth of entries at a time: its first key goes to the sparse
			// index
			byte[] block = new byte[BLOCK * ENTRY];
			ByteBuffer view = ByteBuffer.wrap(block);
			for (long i = 0; i < entries; i += BLOCK) {
				int length = (int) Math.min(BLOCK, entries - i) * ENTRY;
				in.readFully(block, 0, length);
				crc.update(block, 0, length);
				blockKeys[(int) (i / BLOCK)] = view.getLong(0);
			}
			if (in.readLong() != crc.getValue()) {
				return null;
			}
		}
		catch (EOFException ex) {
			return null;
		}
		return new Run(file, first, last, entries, blockKeys, FileChannel.open(file, StandardOpenOption.READ));
	}

	/**
	 * Writes the keys of records {@code first} to {@code last}: {@code keys[i]} with
	 * {@code numbers[i]}, any order. Merges runs when there are too many.
	 */
	void add(long first, long last, long[] keys, int[] numbers, int count) {
		// sort (key, number) pairs: by key, then number
		long[][] pairs = new long[count][];
		for (int i = 0; i < count; i++) {
			pairs[i] = new long[] { keys[i], numbers[i] };
		}
		Arrays.sort(pairs, (x, y) -> (x[0] != y[0]) ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
		Path file = this.dir.resolve("keys-" + first + "-" + last + ".run");
		try {
			write(file, new EntrySource() {
				int next;

				@Override
				public boolean advance() {
					return this.next++ < count;
				}

				@Override
				public long key() {
					return pairs[this.next - 1][0];
				}

				@Override
				public int number() {
					return (int) pairs[this.next - 1][1];
				}
			}, count);
			Run run = load(file, first, last);
			if (run == null) {
				throw new IOException("the run just written is unreadable: " + file);
			}
			this.runs.add(run);
			if (this.runs.size() > MAX_RUNS) {
				mergeNewest();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the resolution index in " + this.dir, ex);
		}
	}

	/** Entries in key order, one at a time. */
	private interface EntrySource {

		boolean advance() throws IOException;

		long key();

		int number();

	}

	private static void write(Path file, EntrySource source, long entries) throws IOException {
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		CRC32 crc = new CRC32();
		ByteBuffer entry = ByteBuffer.allocate(ENTRY);
		try (DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
			out.writeLong(MAGIC);
			out.writeLong(entries);
			long written = 0;
			while (source.advance()) {
				entry.clear();
				entry.putLong(source.key()).putInt(source.number());
				out.write(entry.array());
				crc.update(entry.array());
				written++;
			}
			if (written != entries) {
				throw new IOException("wrote " + written + " entries of " + entries);
			}
			out.writeLong(crc.getValue());
		}
		Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Merges the newest runs into one: the newest two, and each older one no larger than
	 * the newer ones together. Runs so grow in size by age like the digits of a binary
	 * counter, and each entry is rewritten about log2(runs) times in all; merging every
	 * run each time rewrote the whole index once per few batches, a cost growing with the
	 * square of the catalog.
	 */
	private void mergeNewest() throws IOException {
		int from = this.runs.size() - 2;
		long together = this.runs.get(from).entries + this.runs.get(from + 1).entries;
		while (from > 0 && this.runs.get(from - 1).entries <= together) {
			from--;
			together += this.runs.get(from).entries;
		}
		merge(new ArrayList<>(this.runs.subList(from, this.runs.size())));
	}

	/** Merges consecutive runs into one, streaming. */
	private void merge(List<Run> group) throws IOException {
		long first = group.stream().mapToLong(r -> r.first).min().orElseThrow();
		long last = group.stream().mapToLong(r -> r.last).max().orElseThrow();
		long entries = group.stream().mapToLong(r -> r.entries).sum();
		List<Cursor> cursors = new ArrayList<>();
		for (Run run : group) {
			cursors.add(new Cursor(run));
		}
		PriorityQueue<Cursor> heap = new PriorityQueue<>(
				(x, y) -> (x.key != y.key) ? Long.compare(x.key, y.key) : Integer.compare(x.number, y.number));
		for (Cursor cursor : cursors) {
			if (cursor.advance()) {
				heap.add(cursor);
			}
		}
		Path file = this.dir.resolve("keys-" + first + "-" + last + ".run");
		try {
			write(file, new EntrySource() {
				Cursor current;

				@Override
				public boolean advance() throws IOException {
					if (this.current != null && this.current.advance()) {
						heap.add(this.current);
					}
					this.current = heap.poll();
					return this.current != null;
				}

				@Override
				public long key() {
					return this.current.key;
				}

				@Override
				public int number() {
					return this.current.number;
				}
			}, entries);
		}
		finally {
			for (Cursor cursor : cursors) {
				cursor.in.close();
			}
		}
		Run merged = load(file, first, last);
		if (merged == null) {
			throw new IOException("the merged run is unreadable: " + file);
		}
		for (Run run : group) {
			run.channel.close();
			if (!run.file.equals(file)) {
				Files.deleteIfExists(run.file);
			}
		}
		this.runs.removeAll(group);
		this.runs.add(merged);
	}

	/** Reads a run's entries in order. */
	private static final class Cursor {

		final InputStream in;

		final long entries;

		long read;

		long key;

		int number;

		private final byte[] entry = new byte[ENTRY];

		Cursor(Run run) throws IOException {
			this.in = new BufferedInputStream(Files.newInputStream(run.file), 1 << 16);
			this.in.skipNBytes(16);
			this.entries = run.entries;
		}

		boolean advance() throws IOException {
			if (this.read == this.entries) {
				return false;
			}
			this.in.readNBytes(this.entry, 0, ENTRY);
			ByteBuffer b = ByteBuffer.wrap(this.entry);
			this.key = b.getLong();
			this.number = b.getInt();
			this.read++;
			return true;
		}

	}

	/** What a lookup calls for every entry holding a key asked for. */
	@FunctionalInterface
	interface Hit {

		void found(int keyIndex, int number);

	}

	/**
	 * Finds every entry holding one of {@code sortedKeys} (ascending, distinct) and calls
	 * {@code hit} with the key's index and the entry's record number.
	 */
	void lookup(long[] sortedKeys, Hit hit) {
		ByteBuffer block = ByteBuffer.allocate(BLOCK * ENTRY);
		try {
			for (Run run : this.runs) {
				int loaded = -1;
				int blocks = run.blockKeys.length;
				for (int k = 0; k < sortedKeys.length; k++) {
					long key = sortedKeys[k];
					// the last block starting below the key: the key's entries can begin
					// in
					// it even when the next block starts with the key
					int b = Arrays.binarySearch(run.blockKeys, key);
					b = (b >= 0) ? firstBlockOf(run.blockKeys, b) : -b - 2;
					if (b < 0) {
						// below the run's first key, unless it is the first key
						b = 0;
						if (blocks == 0 || run.blockKeys[0] > key) {
							continue;
						}
					}
					for (; b < blocks; b++) {
						if (b != loaded) {
							read(run, b, block);
							loaded = b;
						}
						int n = block.limit() / ENTRY;
						int i = firstAtLeast(block, n, key);
						while (i < n && block.getLong(i * ENTRY) == key) {
							hit.found(k, block.getInt(i * ENTRY + 8));
							i++;
						}
						if (i < n) {
							// an entry above the key: no more of it in this run
							break;
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the resolution index in " + this.dir, ex);
		}
	}

	/** With {@code blockKeys[b] == key}: the first block that can hold the key. */
	private static int firstBlockOf(long[] blockKeys, int b) {
		while (b > 0 && blockKeys[b] == blockKeys[b - 1]) {
			b--;
		}
		// the block before may end with the key
		return Math.max(0, b - 1);
	}

	/** The first entry of the block not below {@code key} ({@code n} if none). */
	private static int firstAtLeast(ByteBuffer block, int n, long key) {
		int low = 0;
		int high = n;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (block.getLong(mid * ENTRY) < key) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private static void read(Run run, int block, ByteBuffer into) throws IOException {
		into.clear();
		long start = (long) block * BLOCK;
		long count = Math.min(BLOCK, run.entries - start);
		into.limit((int) (count * ENTRY));
		long position = 16 + start * ENTRY;
		while (into.hasRemaining()) {
			if (run.channel.read(into, position + into.position()) < 0) {
				throw new EOFException(run.file + " ends early");
			}
		}
		into.flip();
	}

	/** Deletes every run. */
	void clear() {
		try {
			close();
			try (Stream<Path> list = Files.list(this.dir)) {
				for (Path file : list.toList()) {
					Files.delete(file);
				}
			}
			this.runs.clear();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot empty the resolution index in " + this.dir, ex);
		}
	}

	long entries() {
		return this.runs.stream().mapToLong(r -> r.entries).sum();
	}

	int runCount() {
		return this.runs.size();
	}

	@Override
	public void close() {
		for (Run run : this.runs) {
			try {
				run.channel.close();
			}
			catch (IOException ex) {
				// closing a read-only channel: nothing is lost
			}
		}
	}

}
