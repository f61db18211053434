package io.digestcatalog.core.catalog;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.RejectedEntry;

import static io.digestcatalog.core.catalog.CatalogEntries.JUL_29;
import static io.digestcatalog.core.catalog.CatalogEntries.digest;
import static org.assertj.core.api.Assertions.assertThat;

/** Quarantined entries are kept once, with their reason and raw text. */
class QuarantineStoreTests {

	private static final DigestRef DIGEST = digest("bad.txt", JUL_29);

	@TempDir
	Path dir;

	private CatalogDatabase db;

	@BeforeEach
	void openCatalog() throws Exception {
		this.db = CatalogDatabase.in(this.dir);
	}

	@AfterEach
	void closeCatalog() throws Exception {
		this.db.close();
	}

	@Test
	void rejectedEntryIsStoredWithItsReasonAndText() throws Exception {
		// when
		QuarantineStore.put(this.db.connection(), new RejectedEntry(DIGEST, 4, 17, "title without an abstract", "T"));
		this.db.connection().commit();

		// then
		assertThat(this.db.rows("SELECT digest_sha, ordinal, location, line_no, reason, raw_text FROM quarantine"))
			.containsExactly(List.of(DIGEST.sha256(), 4L, "bad.txt", 17L, "title without an abstract", "T"));
	}

	@Test
	void puttingTheSameEntryAgainChangesNothing() throws Exception {
		// given
		RejectedEntry rejected = new RejectedEntry(DIGEST, 4, 17, "control characters in text", "T\u0007");
		QuarantineStore.put(this.db.connection(), rejected);
		this.db.connection().commit();
		var before = this.db.dump();

		// when
		QuarantineStore.put(this.db.connection(), rejected);
		QuarantineStore.put(this.db.connection(), new RejectedEntry(DIGEST, 4, 17, "another reason", "other"));
		this.db.connection().commit();

		// then
		assertThat(this.db.dump()).isEqualTo(before);
		assertThat(this.db.count("quarantine")).isEqualTo(1);
	}

	@Test
	void entriesAtOtherOrdinalsOrOfOtherDigestsAreKeptApart() throws Exception {
		// when
		QuarantineStore.put(this.db.connection(), new RejectedEntry(DIGEST, 4, 17, "a", "x"));
		QuarantineStore.put(this.db.connection(), new RejectedEntry(DIGEST, 0, 1, "binary content", ""));
		QuarantineStore.put(this.db.connection(), new RejectedEntry(digest("other.txt", JUL_29), 4, 17, "a", "x"));
		this.db.connection().commit();

		// then
		assertThat(this.db.count("quarantine")).isEqualTo(3);
	}

	@Test
	void longRawTextIsStoredCut() throws Exception {
		// when
		QuarantineStore.put(this.db.connection(), new RejectedEntry(DIGEST, 1, 1, "too long", "x".repeat(100_000)));
		this.db.connection().commit();

		// then
		// HSQLDB's LENGTH is a BIGINT, PostgreSQL's an INTEGER
		assertThat(this.db.column("SELECT LENGTH(raw_text) FROM quarantine")).map(n -> ((Number) n).longValue())
			.containsExactly((long) RejectedEntry.MAX_RAW_LENGTH);
	}

}
