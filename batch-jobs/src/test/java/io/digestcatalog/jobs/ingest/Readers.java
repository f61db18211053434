package io.digestcatalog.jobs.ingest;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.hsqldb.jdbc.JDBCDataSource;

import io.digestcatalog.core.catalog.CatalogSchema;
import io.digestcatalog.core.catalog.DigestLedger;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.InputFilter;

/** Digest readers over files, with a ledger of a new in-memory catalog. */
final class Readers {

	private Readers() {
	}

	static DigestLedger ledger() {
		JDBCDataSource ds = new JDBCDataSource();
		ds.setUrl("jdbc:hsqldb:mem:reader" + System.nanoTime());
		ds.setUser("SA");
		CatalogSchema.migrate(ds);
		return new DigestLedger(ds);
	}

	static DigestItemReader reader(DigestLedger ledger, Path... inputs) {
		var settings = new DigestItemReader.DigestReaderSettings(DigestFormats.standard(), null, null, ZoneOffset.UTC,
				new DigestSourceResolver(InputFilter.ALL, null));
		return new DigestItemReader(Arrays.stream(inputs).map(Path::toString).toList(), settings, ledger);
	}

}
