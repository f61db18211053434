package io.digestcatalog.core.catalog;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.dedupe.NormalizedTitle;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.SampleDigests;
import io.digestcatalog.core.extract.ExtractedEntry;

import static io.digestcatalog.core.catalog.CatalogEntries.JUL_29;
import static io.digestcatalog.core.catalog.CatalogEntries.digest;
import static io.digestcatalog.core.catalog.CatalogEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading entries into a real catalog database: papers, links, appearances and reruns.
 */
class CatalogWriterTests {

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
	void canonicalDigestLoadsAsFiftySixPapersElevenLinksAndFiftySixAppearances() throws Exception {
		// when
		WriteCounts counts = this.db.write(1, CatalogEntries.canonical());

		// then
		assertThat(counts).isEqualTo(new WriteCounts(56, 0, 0, 11, 0));
		assertThat(this.db.count("paper")).isEqualTo(56);
		assertThat(this.db.count("paper_link")).isEqualTo(11);
		assertThat(this.db.count("appearance")).isEqualTo(56);
		assertThat(this.db.count("paper_key")).isEqualTo(56);
		assertThat(this.db.count("digest")).isEqualTo(1);
		assertThat(this.db.count("merge_decision")).isZero();
		assertThat(this.db.column("SELECT DISTINCT matched_by FROM appearance")).containsExactly("new");
		assertThat(this.db.rows("SELECT kind, COUNT(*) FROM paper_link GROUP BY kind ORDER BY kind"))
			.containsExactly(List.of("CODE", 10L), List.of("PROJECT_PAGE", 1L));
	}

	@Test
	void paperOfTheFirstEntryIsIdentifiedByItsTitle() throws Exception {
		// given
		NormalizedTitle title = NormalizedTitle.of(SampleDigests.FIRST_TITLE);
		String paperId = new DedupeKey(DedupeKey.TITLE, title.hash()).paperId();

		// when
		this.db.write(1, CatalogEntries.canonical());

		// then
		assertThat(this.db.rows(
				"SELECT title, normalized_title, first_seen, last_seen, arxiv_id FROM paper" + " WHERE paper_id = ?",
				paperId))
			.containsExactly(Arrays.asList(SampleDigests.FIRST_TITLE, title.value(), date(JUL_29), date(JUL_29), null));
		assertThat(this.db.rows("SELECT ordinal, line_no, matched_by FROM appearance WHERE paper_id = ?", paperId))
			.containsExactly(List.of(1L, 13L, "new"));
	}

	@Test
	void linksAreStoredWithKindHostAndRepository() throws Exception {
		// when
		this.db.write(1, CatalogEntries.canonical());

		// then
		assertThat(this.db.rows("SELECT url, kind, host, repository, raw_url FROM paper_link"
				+ " WHERE url LIKE '%FCM-LM' OR url LIKE '%GraCo' ORDER BY url"))
			.containsExactly(List.of("https://github.com/chansongoal/FCM-LM", "CODE", "github.com",
					"chansongoal/FCM-LM",
					"https://github.com/chansongoal/FCM-LM/tree/master{https://github.com/chansongoal/FCM-LM/tree/master}."),
					Arrays.asList("https://zhao-yian.github.io/GraCo", "PROJECT_PAGE", "zhao-yian.github.io", null,
							"https://zhao-yian.github.io/GraCo."));
	}

	@Test
	void writingTheSameEntriesAgainChangesNoRowAndCountsThemUnchanged() throws Exception {
		// given
		List<ExtractedEntry> entries = CatalogEntries.canonical();
		this.db.write(1, entries);
		Map<String, List<List<Object>>> before = this.db.dump();

		// when
		WriteCounts again = this.db.write(1, entries);

		// then
		assertThat(again).isEqualTo(new WriteCounts(0, 0, 56, 0, 0));
		assertThat(this.db.dump()).isEqualTo(before);
	}

	@Test
	void rerunOfACompletedDigestByAnotherInstanceChangesNoRow() throws Exception {
		// given
		List<ExtractedEntry> entries = CatalogEntries.canonical();
		this.db.write(1, entries);
		DigestLedger.complete(this.db.connection(), 1);
		this.db.connection().commit();
		Map<String, List<List<Object>>> before = this.db.dump();

		// when
		WriteCounts again = this.db.write(2, entries);

		// then
		assertThat(again.unchanged()).isEqualTo(56);
		assertThat(this.db.dump()).isEqualTo(before);
	}

	@Test
	void sameTitleSpelledDifferentlyInTwoDigestsIsOnePaperWithTwoAppearances() throws Exception {
		// given
		DigestRef july = digest("jul29.txt", JUL_29);
		DigestRef august = digest("aug05.txt", LocalDate.of(2025, 8, 5));
		this.db.write(1, List.of(entry(july, 1, "Mavors: Multi-granularity Video Representation", "First.")));

		// when
		WriteCounts counts = this.db.write(1,
				List.of(entry(august, 3, "MAVORS \u2013 multi granularity video representation.", "Second.")));

		// then
		assertThat(counts).isEqualTo(new WriteCounts(0, 1, 0, 0, 0));
		assertThat(this.db.rows("SELECT title, first_seen, last_seen, abstract_text FROM paper"))
			.containsExactly(List.of("Mavors: Multi-granularity Video Representation", date(JUL_29),
					date(LocalDate.of(2025, 8, 5)), "First."));
		assertThat(this.db
			.rows("SELECT digest_sha, ordinal, matched_by, title_as_seen FROM appearance" + " ORDER BY matched_by"))
			.containsExactly(List.of(july.sha256(), 1L, "new", "Mavors: Multi-granularity Video Representation"),
					List.of(august.sha256(), 3L, "title", "MAVORS \u2013 multi granularity video representation."));
	}

	@Test
	void sameArxivIdWithOtherVersionAndTitleIsOnePaper() throws Exception {
		// given
		DigestRef july = digest("jul29.txt", JUL_29);
		DigestRef august = digest("aug05.txt", LocalDate.of(2025, 8, 5));

		// when
		this.db.write(1, List.of(entry(august, 1, "Mavors Revised", "Second version.", "2504.10068v2")));
		this.db.write(1, List.of(entry(july, 1, "Mavors: A First Draft", "First version.", "arXiv:2504.10068v1")));

		// then
		String paperId = new DedupeKey(DedupeKey.ARXIV, "2504.10068").paperId();
		assertThat(this.db.rows("SELECT paper_id, arxiv_id, arxiv_version, title, first_seen FROM paper"))
			.containsExactly(List.of(paperId, "2504.10068", 2, "Mavors Revised", date(JUL_29)));
		assertThat(this.db.column("SELECT matched_by FROM appearance ORDER BY matched_by")).containsExactly("arxiv",
				"new");
		assertThat(this.db.column("SELECT key_kind FROM paper_key WHERE paper_id = ? ORDER BY key_kind", paperId))
			.containsExactly("arxiv", "title", "title");
	}

	@Test
	void entryWithTheIdOfOnePaperAndTheTitleOfAnotherMergesThem() throws Exception {
		// given a paper known by its arXiv id and another known by its title only
		String title = "Mavors: Multi-granularity Video Representation";
		this.db.write(1, List.of(entry(digest("a.txt", JUL_29), 1, "Old Working Title", "Draft.", "2504.10068")));
		this.db.write(1, List
			.of(entry(digest("b.txt", JUL_29.plusDays(1)), 1, title, "Code: https://github.com/mavors/mavors.")));
		String byId = new DedupeKey(DedupeKey.ARXIV, "2504.10068").paperId();
		String byTitle = new DedupeKey(DedupeKey.TITLE, NormalizedTitle.of(title).hash()).paperId();
		assertThat(this.db.column("SELECT paper_id FROM paper ORDER BY paper_id")).containsExactlyInAnyOrder(byId,
				byTitle);

		// when an entry carries both
		WriteCounts counts = this.db.write(1,
				List.of(entry(digest("c.txt", JUL_29.plusDays(2)), 7, title, "Final.", "2504.10068v3")));

		// then
		assertThat(counts.merges()).isEqualTo(1);
		assertThat(this.db.column("SELECT paper_id FROM paper")).containsExactly(byId);
		List<List<Object>> decisions = this.db.rows("SELECT survivor_id, merged_id, reason FROM merge_decision");
		assertThat(decisions).singleElement().satisfies(row -> {
			assertThat(row.subList(0, 2)).containsExactly(byId, byTitle);
			assertThat((String) row.get(2)).contains("entry 7 of c.txt")
				.contains("arxiv:2504.10068")
				.contains("title:" + NormalizedTitle.of(title).hash());
		});
		assertThat(this.db.column("SELECT DISTINCT paper_id FROM appearance")).containsExactly(byId);
		assertThat(this.db.count("appearance")).isEqualTo(3);
		assertThat(this.db.rows("SELECT paper_id, url FROM paper_link"))
			.containsExactly(List.of(byId, "https://github.com/mavors/mavors"));
		assertThat(this.db.column("SELECT DISTINCT paper_id FROM paper_key")).containsExactly(byId);
		// the most complete abstract of the three records wins
		assertThat(this.db.rows("SELECT arxiv_version, first_seen, last_seen, abstract_text FROM paper"))
			.containsExactly(
					List.of(3, date(JUL_29), date(JUL_29.plusDays(2)), "Code: https://github.com/mavors/mavors."));
	}

	@Test
	void mergedCatalogIsUnchangedByAnotherLoadOfTheSameEntries() throws Exception {
		// given
		String title = "Mavors: Multi-granularity Video Representation";
		List<ExtractedEntry> entries = List.of(
				entry(digest("a.txt", JUL_29), 1, "Old Working Title", "Draft.", "2504.10068"),
				entry(digest("b.txt", JUL_29), 1, title, "Code: https://github.com/mavors/mavors."),
				entry(digest("c.txt", JUL_29), 1, title, "Final.", "2504.10068"));
		this.db.write(1, entries);
		Map<String, List<List<Object>>> before = this.db.dump();

		// when
		WriteCounts again = this.db.write(1, entries);

		// then
		assertThat(again).isEqualTo(new WriteCounts(0, 0, 3, 0, 0));
		assertThat(this.db.dump()).isEqualTo(before);
	}

	@Test
	void abstractCitingAnotherPapersArxivIdDoesNotMergeWithIt() throws Exception {
		// given
		this.db.write(1, List.of(entry(digest("a.txt", JUL_29), 1, "Mavors", "Video models.", "2504.10068")));

		// when
		this.db.write(1, List
			.of(entry(digest("b.txt", JUL_29), 1, "Faster Mavors", "We speed up Mavors (arXiv:2504.10068) tenfold.")));

		// then
		assertThat(this.db.count("paper")).isEqualTo(2);
		assertThat(this.db.count("merge_decision")).isZero();
		assertThat(this.db.rows("SELECT p.title, a.matched_by FROM appearance a JOIN paper p"
				+ " ON p.paper_id = a.paper_id ORDER BY p.title"))
			.containsExactly(List.of("Faster Mavors", "new"), List.of("Mavors", "new"));
		assertThat(this.db.rows("SELECT p.title, m.mention_kind, m.mention FROM paper_mention m JOIN paper p"
				+ " ON p.paper_id = m.paper_id"))
			.containsExactly(List.of("Faster Mavors", "arxiv", "2504.10068"));
		assertThat(this.db.rows("SELECT title FROM paper WHERE arxiv_id IS NULL"))
			.containsExactly(List.of("Faster Mavors"));
	}

	@Test
	void sameTitleTwiceInOneDigestIsTwoPapers() throws Exception {
		// given: a listing names a paper once, so two of its entries are two papers
		DigestRef july = digest("jul29.txt", JUL_29);

		// when
		WriteCounts counts = this.db.write(1,
				List.of(entry(july, 1, "Mavors", "One."), entry(july, 2, "mavors.", "Two.")));

		// then
		assertThat(counts).isEqualTo(new WriteCounts(2, 0, 0, 0, 0));
		assertThat(this.db.count("paper")).isEqualTo(2);
		assertThat(this.db.rows("SELECT ordinal, matched_by FROM appearance ORDER BY ordinal"))
			.containsExactly(List.of(1L, "new"), List.of(2L, "new"));
	}

	@Test
	void sameTitleTwiceInOneDigestWithOneArxivIdIsOnePaperSeenTwice() throws Exception {
		// given
		DigestRef july = digest("jul29.txt", JUL_29);

		// when
		WriteCounts counts = this.db.write(1, List.of(entry(july, 1, "Mavors", "One.", "2504.10068"),
				entry(july, 2, "Mavors", "One.", "2504.10068v2")));

		// then
		assertThat(counts).isEqualTo(new WriteCounts(1, 1, 0, 0, 0));
		assertThat(this.db.rows("SELECT ordinal, matched_by FROM appearance ORDER BY ordinal"))
			.containsExactly(List.of(1L, "new"), List.of(2L, "arxiv"));
	}

	@Test
	void sameTitleWithAnotherArxivIdIsAnotherPaper() throws Exception {
		// given
		this.db.write(1, List.of(entry(digest("a.txt", JUL_29), 1, "Mavors", "One.", "2504.10068")));

		// when
		WriteCounts counts = this.db.write(1,
				List.of(entry(digest("b.txt", JUL_29.plusDays(1)), 1, "Mavors", "One.", "2504.99999")));

		// then the title key does not join two arXiv ids
		assertThat(counts.newPapers()).isEqualTo(1);
		assertThat(this.db.column("SELECT arxiv_id FROM paper ORDER BY arxiv_id")).containsExactly("2504.10068",
				"2504.99999");
	}

	private static Date date(LocalDate date) {
		return Date.valueOf(date);
	}

}
