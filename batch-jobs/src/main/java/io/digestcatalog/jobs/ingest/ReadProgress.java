package io.digestcatalog.jobs.ingest;

/**
 * How far a digest reader is through its sources, in bytes, for an estimate of the rest.
 */
public interface ReadProgress {

	/** Bytes of the sources read so far. */
	long bytesDone();

	/** Bytes of all sources, as known when the step began; 0 when unknown. */
	long bytesTotal();

	/**
	 * Tells {@code counter} of every source passed over because its bytes were loaded
	 * before.
	 */
	default void onSourceUnchanged(Runnable counter) {
	}

}
