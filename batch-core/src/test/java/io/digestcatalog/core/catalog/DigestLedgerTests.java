package io.digestcatalog.core.catalog;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.extract.ExtractedEntry;

import static io.digestcatalog.core.catalog.CatalogEntries.JUL_29;
import static io.digestcatalog.core.catalog.CatalogEntries.digest;
import static io.digestcatalog.core.catalog.CatalogEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger of digests read: loading, completion and recognizing the same bytes again.
 */
class DigestLedgerTests {

	@TempDir
	Path dir;

	private CatalogDatabase db;

	private DigestLedger ledger;

	@BeforeEach
	void openCatalog() throws Exception {
		this.db = CatalogDatabase.in(this.dir);
		this.ledger = new DigestLedger(this.db.dataSource());
	}

	@AfterEach
	void closeCatalog() throws Exception {
		this.db.close();
	}

	@Test
	void digestBeingLoadedIsNotComplete() throws Exception {
		// when
		List<ExtractedEntry> entries = CatalogEntries.canonical();
		this.db.write(7, entries);

		// then
		String sha = entries.get(0).entry().digest().sha256();
		assertThat(this.ledger.completedAs(sha)).isEmpty();
		// the count so far: the loader counts what it writes, in the same transaction
		assertThat(this.db.rows("SELECT completed, loading_instance, entry_count, digest_date, format FROM digest"))
			.containsExactly(Arrays.asList(false, 7L, entries.size(), java.sql.Date.valueOf(JUL_29), "text"));
	}

	@Test
	void entriesLoadedAgainAreNotCountedTwice() throws Exception {
		// given
		List<ExtractedEntry> entries = CatalogEntries.canonical();
		this.db.write(7, entries);

		// when: a restarted run writes the chunk it had written before it was killed
		this.db.write(7, entries.subList(0, 3));
		DigestLedger.complete(this.db.connection(), 7);
		this.db.connection().commit();

		// then
		assertThat(this.db.rows("SELECT entry_count FROM digest")).containsExactly(List.of(entries.size()));
	}

	@Test
	void digestRegisteredBeforeTheLoaderCountedIsCountedOnCompletion() throws Exception {
		// given: a catalog whose run was killed before its digests were counted as loaded
		DigestRef a = digest("a.txt", JUL_29);
		this.db.write(7, List.of(entry(a, 1, "One", "1."), entry(a, 2, "Two", "2.")));
		this.db.connection().createStatement().executeUpdate("UPDATE digest SET entry_count = NULL");
		this.db.write(7, List.of(entry(a, 3, "Three", "3.")));

		// when
		DigestLedger.complete(this.db.connection(), 7);
		this.db.connection().commit();

		// then
		assertThat(this.db.rows("SELECT entry_count FROM digest")).containsExactly(List.of(3));
	}

	@Test
	void completeMarksTheInstancesDigestsCompleteWithTheirCounts() throws Exception {
		// given
		DigestRef a = digest("a.txt", JUL_29);
		DigestRef b = digest("b.txt", JUL_29);
		this.db.write(7, List.of(entry(a, 1, "One", "1."), entry(a, 2, "Two", "2."), entry(b, 1, "Three", "3.")));
		QuarantineStore.put(this.db.connection(), new RejectedEntry(a, 3, 12, "title without an abstract", "Four"));

		// when
		int completed = DigestLedger.complete(this.db.connection(), 7);
		this.db.connection().commit();

		// then
		assertThat(completed).isEqualTo(2);
		assertThat(this.db.rows("SELECT location, completed, loading_instance, entry_count, quarantined_count"
				+ " FROM digest ORDER BY location"))
			.containsExactly(Arrays.asList("a.txt", true, null, 2, 1), Arrays.asList("b.txt", true, null, 1, 0));
		assertThat(this.ledger.completedAs(a.sha256())).contains("a.txt");
		assertThat(this.ledger.completedAs(b.sha256())).contains("b.txt");
	}

	@Test
	void completeLeavesDigestsOfOtherInstancesAlone() throws Exception {
		// given
		DigestRef mine = digest("mine.txt", JUL_29);
		DigestRef theirs = digest("theirs.txt", JUL_29);
		this.db.write(7, List.of(entry(mine, 1, "One", "1.")));
		this.db.write(8, List.of(entry(theirs, 1, "Two", "2.")));

		// when
		int completed = DigestLedger.complete(this.db.connection(), 7);
		this.db.connection().commit();

		// then
		assertThat(completed).isEqualTo(1);
		assertThat(this.ledger.completedAs(mine.sha256())).contains("mine.txt");
		assertThat(this.ledger.completedAs(theirs.sha256())).isEmpty();
	}

	@Test
	void completedDigestIsFoundByItsBytesAndKeepsItsFirstName() throws Exception {
		// given
		DigestRef first = digest("a.txt", JUL_29);
		this.db.write(7, List.of(entry(first, 1, "One", "1.")));
		DigestLedger.complete(this.db.connection(), 7);
		this.db.connection().commit();

		// when the same bytes are registered under another name by another instance
		DigestRef renamed = new DigestRef(first.sha256(), "renamed.txt", "text", JUL_29, "test");
		DigestLedger.register(this.db.connection(), renamed, 9);
		this.db.connection().commit();

		// then
		assertThat(this.ledger.completedAs(first.sha256())).contains("a.txt");
		assertThat(this.db.rows("SELECT completed, loading_instance FROM digest"))
			.containsExactly(Arrays.asList(true, null));
	}

	@Test
	void unknownDigestIsNotComplete() {
		assertThat(this.ledger.completedAs("f".repeat(64))).isEmpty();
	}

}
