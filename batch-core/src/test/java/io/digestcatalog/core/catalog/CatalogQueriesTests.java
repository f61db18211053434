package io.digestcatalog.core.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.SampleDigests;
import io.digestcatalog.core.extract.ExtractedEntry;

import static io.digestcatalog.core.catalog.CatalogEntries.JUL_29;
import static io.digestcatalog.core.catalog.CatalogEntries.digest;
import static io.digestcatalog.core.catalog.CatalogEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Stats and search over a catalog loaded with the canonical digest. */
class CatalogQueriesTests {

	@TempDir
	Path dir;

	private CatalogDatabase db;

	private CatalogQueries queries;

	private List<ExtractedEntry> canonical;

	@BeforeEach
	void loadCanonicalDigest() throws Exception {
		this.db = CatalogDatabase.in(this.dir);
		this.queries = new CatalogQueries(this.db.dataSource());
		this.canonical = CatalogEntries.canonical();
		this.db.write(1, this.canonical);
	}

	@AfterEach
	void closeCatalog() throws Exception {
		this.db.close();
	}

	@Test
	void statsCountTheCanonicalDigest() {
		// when
		CatalogStats stats = this.queries.stats();

		// then
		assertThat(stats)
			.isEqualTo(new CatalogStats(56, 0, 0, 1, 56, 11, Map.of("CODE", 10L, "PROJECT_PAGE", 1L), 0, 0));
	}

	@Test
	void statsCountMergesQuarantineAndIdentifiers() throws Exception {
		// given
		DigestRef later = digest("later.txt", JUL_29.plusDays(1));
		this.db.write(1, List.of(entry(later, 1, "Some Old Title", "Old.", "2504.10068"),
				entry(later, 2, SampleDigests.FIRST_TITLE, "Same paper, now with its id.", "2504.10068v2")));
		QuarantineStore.put(this.db.connection(), new RejectedEntry(later, 3, 9, "title without an abstract", "T"));
		this.db.connection().commit();

		// when
		CatalogStats stats = this.queries.stats();

		// then
		assertThat(stats.papers()).isEqualTo(56);
		assertThat(stats.withArxivId()).isEqualTo(1);
		assertThat(stats.digests()).isEqualTo(2);
		assertThat(stats.appearances()).isEqualTo(58);
		assertThat(stats.merges()).isEqualTo(1);
		assertThat(stats.quarantined()).isEqualTo(1);
	}

	@Test
	void searchFindsAPaperByAWordOfItsTitle() {
		// when
		List<PaperSummary> found = this.queries.search(List.of("MAVORS"), 10);

		// then
		assertThat(found).singleElement().satisfies(paper -> {
			assertThat(paper.title()).isEqualTo(SampleDigests.FIRST_TITLE);
			assertThat(paper.firstSeen()).isEqualTo(JUL_29);
			assertThat(paper.lastSeen()).isEqualTo(JUL_29);
			assertThat(paper.appearances()).isEqualTo(1);
			assertThat(paper.arxivId()).isNull();
		});
	}

	@Test
	void searchNeedsEveryWordInTitleOrAbstract() {
		assertThat(this.queries.search(List.of("ultrametric", "NeRF"), 10)).extracting(PaperSummary::title)
			.containsExactly("View-Consistent Hierarchical 3D Segmentation Using Ultrametric Feature Fields");
		assertThat(this.queries.search(List.of("ultrametric", "mavors"), 10)).isEmpty();
	}

	@Test
	void searchTreatsLikeWildcardsAsPlainCharacters() {
		// given
		List<String> withPercent = titlesContaining("%");
		List<String> withUnderscore = titlesContaining("_");

		// when / then
		assertThat(withPercent).isNotEmpty().hasSizeLessThan(56);
		assertThat(withUnderscore).isNotEmpty().hasSizeLessThan(56);
		assertThat(this.queries.search(List.of("%"), 100)).extracting(PaperSummary::title)
			.containsExactlyInAnyOrderElementsOf(withPercent);
		assertThat(this.queries.search(List.of("_"), 100)).extracting(PaperSummary::title)
			.containsExactlyInAnyOrderElementsOf(withUnderscore);
	}

	@Test
	void searchWithoutWordsListsPapersUpToTheLimit() {
		assertThat(this.queries.search(List.of(), 5)).hasSize(5);
		assertThat(this.queries.search(List.of(" ", ""), 100)).hasSize(56);
		assertThat(this.queries.search(List.of(), 0)).hasSize(1);
	}

	@Test
	void searchListsTheMostRecentlySeenFirst() throws Exception {
		// given
		this.db.write(1, List
			.of(entry(digest("aug.txt", LocalDate.of(2025, 8, 5)), 1, "Zebra Video Models", "Zebras on video.")));

		// when
		List<PaperSummary> found = this.queries.search(List.of("video"), 100);

		// then
		assertThat(found.get(0).title()).isEqualTo("Zebra Video Models");
		assertThat(found.get(0).lastSeen()).isEqualTo(LocalDate.of(2025, 8, 5));
		assertThat(found).hasSize(titlesContaining("video").size() + 1);
	}

	@Test
	void searchFindsAPaperByItsExactArxivId() throws Exception {
		// given
		this.db.write(1, List.of(entry(digest("ids.txt", JUL_29), 1, "Identified Paper", "Text.", "2504.10068v2")));

		// when
		List<PaperSummary> found = this.queries.search(List.of("2504.10068"), 10);

		// then
		assertThat(found).singleElement()
			.extracting(PaperSummary::title, PaperSummary::arxivId)
			.containsExactly("Identified Paper", "2504.10068");
	}

	private List<String> titlesContaining(String word) {
		return this.canonical.stream()
			.map(ExtractedEntry::entry)
			.filter(e -> (e.title() + " " + e.abstractText()).toLowerCase(Locale.ROOT).contains(word))
			.map(DigestEntry::title)
			.toList();
	}

}
