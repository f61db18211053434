package io.digestcatalog.jobs.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.digestcatalog.core.digest.DigestItem;

/**
 * Where a digest reader is in its sources and what it has read so far, saved in the step
 * context with every chunk: the position a restart resumes from, and the counts the
 * summary reports.
 */
public final class DigestReading {

	public static final String FILE_INDEX = "file.index";

	public static final String FILE_PATH = "file.path";

	public static final String FILE_ITEMS = "file.items";

	public static final String FILE_SHA = "file.sha256";

	public static final String READ = "entries.read";

	public static final String SOURCES_READ = "sources.read";

	public static final String SOURCES_UNCHANGED = "sources.unchanged";

	private final FormatTally tally = new FormatTally();

	private int index;

	private long sourceItems;

	private long read;

	private long sourcesRead;

	private long sourcesUnchanged;

	private long[] sizes = new long[0];

	private Runnable onUnchanged = () -> {
	};

	public void restore(ExecutionContext context) {
		this.index = context.getInt(FILE_INDEX, 0);
		this.read = context.getLong(READ, 0);
		this.sourcesRead = context.getLong(SOURCES_READ, 0);
		this.sourcesUnchanged = context.getLong(SOURCES_UNCHANGED, 0);
		this.tally.restore(context);
	}

	/** The source being read, from 0. */
	public int index() {
		return this.index;
	}

	/** Items of the current source read so far (a restart skips as many). */
	public long sourceItems() {
		return this.sourceItems;
	}

	/** Another item of the current source was read (also while skipping on restart). */
	public void itemOfSource() {
		this.sourceItems++;
	}

	/** An item is handed to the step. */
	public void counted(DigestItem item) {
		this.read++;
		this.tally.count(item);
	}

	/** The current source is done; the next one starts. */
	public void sourceDone(boolean unchanged) {
		if (unchanged) {
			this.sourcesUnchanged++;
			this.onUnchanged.run();
		}
		else {
			this.sourcesRead++;
		}
		this.index++;
		this.sourceItems = 0;
	}

	/**
	 * @param location the current source, or {@code null} past the last
	 * @param sha the current source's hash, or {@code null}
	 */
	public void save(ExecutionContext context, String location, String sha) {
		context.putInt(FILE_INDEX, this.index);
		context.putLong(FILE_ITEMS, this.sourceItems);
		if (location != null) {
			context.putString(FILE_PATH, location);
		}
		else {
			// past the last source: nothing to resume in (a run killed here restarts with
			// nothing left to read)
			context.remove(FILE_PATH);
		}
		if (sha != null) {
			context.putString(FILE_SHA, sha);
		}
		context.putLong(READ, this.read);
		context.putLong(SOURCES_READ, this.sourcesRead);
		context.putLong(SOURCES_UNCHANGED, this.sourcesUnchanged);
		this.tally.save(context);
	}

	/** Told of every source passed over as unchanged. */
	public void onUnchanged(Runnable counter) {
		this.onUnchanged = counter;
	}

	/** The sizes of the sources in bytes (0 where unknown), for progress. */
	public void sizes(long[] sizes) {
		this.sizes = sizes.clone();
	}

	/**
	 * Bytes read: the sources before the current one, and what the current one's parser
	 * has read.
	 */
	public long bytesDone(long ofCurrent) {
		long done = 0;
		for (int i = 0; i < Math.min(this.index, this.sizes.length); i++) {
			done += this.sizes[i];
		}
		return done + ofCurrent;
	}

	public long bytesTotal() {
		return java.util.Arrays.stream(this.sizes).sum();
	}

	/** A file's size, 0 when it is no file (yet) or cannot be read. */
	public static long sizeOf(java.nio.file.Path path) {
		try {
			return (path != null && java.nio.file.Files.isRegularFile(path)) ? java.nio.file.Files.size(path) : 0;
		}
		catch (java.io.IOException ex) {
			return 0;
		}
	}

}
