package io.digestcatalog.jobs.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.extract.EntryExtractor;
import io.digestcatalog.core.extract.ExtractedEntry;

/**
 * Extracts links, identifiers and keys; sends rejected or unusable entries to quarantine.
 */
class ExtractingProcessor implements ItemProcessor<DigestItem, ExtractedEntry> {

	@Override
	public ExtractedEntry process(DigestItem item) {
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
