package io.digestcatalog.jobs.ingest;

import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * A digest source that is there but cannot be read: the step fails, naming the source and
 * how far it had got, for the operator to fix and restart.
 */
public class SourceReadException extends ItemStreamException {

	private final String location;

	private final long entriesRead;

	public SourceReadException(String location, long entriesRead, String message) {
		super(message);
		this.location = location;
		this.entriesRead = entriesRead;
	}

	/** The source's path or URL. */
	public String location() {
		return this.location;
	}

	/** Entries of it read before the failure. */
	public long entriesRead() {
		return this.entriesRead;
	}

}
