package io.digestcatalog.jobs.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.extract.EntryExtractor;
import io.digestcatalog.core.extract.ExtractedEntry;

/**
 * Extracts links, identifiers and keys; sends rejected or unusable entries to quarantine.
 * Behind a {@link ReadAhead}, the extraction was done on its thread: the processor hands
 * on what it gave.
 */
class ExtractingProcessor implements ItemProcessor<DigestItem, ExtractedEntry> {

	private final ReadAhead ahead;

	ExtractingProcessor() {
		this(null);
	}

	/**
	 * @param ahead the reader that extracted ahead, or {@code null}
	 */
	ExtractingProcessor(ReadAhead ahead) {
		this.ahead = ahead;
	}

	@Override
	public ExtractedEntry process(DigestItem item) {
		Object done = (this.ahead != null) ? this.ahead.workFor(item) : null;
		if (done instanceof RuntimeException failure) {
			throw failure;
		}
		return (done != null) ? (ExtractedEntry) done : extract(item);
	}

	/** The entry extracted; a {@link QuarantineException} when it cannot be. */
	static ExtractedEntry extract(DigestItem item) {
		if (item instanceof RejectedEntry rejected) {
			throw new QuarantineException(rejected);
		}
		DigestEntry entry = (DigestEntry) item;
		try {
			return EntryExtractor.extract(entry);
		}
		catch (IllegalArgumentException ex) {
			throw new QuarantineException(new RejectedEntry(entry.digest(), entry.ordinal(), entry.line(),
					"unusable entry: " + ex.getMessage(), entry.title() + "\n\n" + entry.abstractText()));
		}
	}

}
