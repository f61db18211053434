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

import static io.digestcatalog.core.catalog.CatalogEntries.JUL_29;
import static io.digestcatalog.core.catalog.CatalogEntries.digest;
import static io.digestcatalog.core.catalog.CatalogEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Taking a record back out of the paper it was merged into, in a real catalog database:
 * what moves, what stays, what is projected again, and what keeps the two apart after.
 */
class CatalogCorrectionsTests {

	private static final LocalDate AUG_05 = LocalDate.of(2025, 8, 5);

	private static final String TITLE = "Mavors: Multi-granularity Video Representation";

	private static final String JULY_ABSTRACT = "Mavors encodes video at many granularities. "
			+ "Code: https://github.com/mavors/mavors. Project: https://mavors.github.io.";

	private static final String AUGUST_ABSTRACT = "A revised and much longer abstract of another paper that builds "
			+ "on arXiv:2401.00001 and merely shares the title. Code: https://github.com/other/fork. "
			+ "Project: https://mavors.github.io.";

	@TempDir
	Path dir;

	private CatalogDatabase db;

	private CatalogCorrections corrections;

	private final DigestRef july = digest("jul29.txt", JUL_29);

	private final DigestRef julyMail = digest("jul29-digest.eml", JUL_29);

	private final DigestRef august = digest("aug05.txt", AUG_05);

	private String paperId;

	private String julyRecord;

	private String julyAgainRecord;

	private String augustRecord;

	@BeforeEach
	void catalogWithOnePaperOfThreeRecords() throws Exception {
		this.db = CatalogDatabase.in(this.dir);
		this.corrections = new CatalogCorrections(this.db.dataSource(), SourceRanking.DEFAULT);
		// two July entries (the page and the e-mail) and an August one with the same
		// normalized title: one paper; the August entry alone has an arXiv id, a link and
		// a cited id
		this.db.write(1, List.of(entry(this.july, 1, TITLE, JULY_ABSTRACT),
				entry(this.julyMail, 2, "MAVORS: multi-granularity video representation", "")));
		this.db.write(1, List.of(entry(this.august, 3, "MAVORS \u2013 multi granularity video representation.",
				AUGUST_ABSTRACT, "2504.10068v2")));
		this.paperId = new DedupeKey(DedupeKey.TITLE, NormalizedTitle.of(TITLE).hash()).paperId();
		this.julyRecord = CatalogResolution.recordId(this.july.sha256(), 1);
		this.julyAgainRecord = CatalogResolution.recordId(this.julyMail.sha256(), 2);
		this.augustRecord = CatalogResolution.recordId(this.august.sha256(), 3);
	}

	@AfterEach
	void closeCatalog() throws Exception {
		this.db.close();
	}

	@Test
	void loadingMergesTheThreeRecordsIntoOnePaperWithTheAugustRecordsBestValues() throws Exception {
		// then (what every other test starts from)
		assertThat(this.db.column("SELECT paper_id FROM paper")).containsExactly(this.paperId);
		assertThat(this.db.rows("SELECT abstract_text, arxiv_id, arxiv_version, first_seen, last_seen FROM paper"))
			.containsExactly(List.of(AUGUST_ABSTRACT, "2504.10068", 2, date(JUL_29), date(AUG_05)));
		assertThat(
				this.db.column("SELECT record_id FROM appearance WHERE paper_id = ? ORDER BY record_id", this.paperId))
			.containsExactlyInAnyOrder(this.julyRecord, this.julyAgainRecord, this.augustRecord);
	}

	@Test
	void mergeJoinsTwoPapersForGoodAndLiftsTheNeverMergeBetweenThem() throws Exception {
		// given the August record taken out, and both papers resolved
		var out = this.corrections.unmerge(this.paperId, this.augustRecord, "");
		CatalogResolution.run(this.db.connection(), this.db.indexDir(), true, List.of(), List.of(),
				SourceRanking.DEFAULT);
		this.db.connection().commit();

		// when the operator merges them back
		var merged = this.corrections.merge(out.newPaperId(), this.paperId, "same paper after all");

		// then one paper (the one seen first) holds all three records; the never-merges
		// are gone
		assertThat(merged.survivorId()).isEqualTo(this.paperId);
		assertThat(merged.lifted()).isEqualTo(2);
		assertThat(this.db.column("SELECT DISTINCT paper_id FROM appearance")).containsExactly(this.paperId);
		assertThat(this.db.rows("SELECT kind, reason FROM resolve_override")).containsExactly(
				List.of("always", "catalog merge " + out.newPaperId() + " " + this.paperId + ": same paper after all"));
		// and a full resolution keeps them one paper, with all three records in one
		// cluster
		var run = CatalogResolution.run(this.db.connection(), this.db.indexDir(), true, List.of(), List.of(),
				SourceRanking.DEFAULT);
		this.db.connection().commit();
		assertThat(run.outcome().merged()).isZero();
		assertThat(this.db.column("SELECT DISTINCT cluster_id FROM record_resolution")).hasSize(1);
		assertThat(this.db.count("paper")).isEqualTo(1);
	}

	@Test
	void mergeRefusesAnUnknownPaper() {
		assertThatExceptionOfType(CatalogCorrections.Refused.class)
			.isThrownBy(() -> this.corrections.merge(this.paperId, "P0000000000000000", ""))
			.withMessage("no paper P0000000000000000 in the catalog");
	}

	@Test
	void theRecordsOwnPdfGoesWithItAndThePapersPdfStays() throws Exception {
		// given the paper's fetched, applied arXiv PDF of the August record's id, and a
		// PDF
		// at the July record's project link
		try (var ps = this.db.connection().prepareStatement("""
				INSERT INTO artifact (paper_id, url, kind, host, status, applied, pdf_pages, pdf_arxiv_id, pdf_abstract)
				VALUES (?, ?, 'PAPER', ?, 'FETCHED', TRUE, 9, ?, ?)""")) {
			for (String[] row : new String[][] {
					{ "https://arxiv.org/pdf/2504.10068", "arxiv.org", "2504.10068", "From the August PDF." },
					{ "https://mavors.github.io/paper.pdf", "mavors.github.io", null, "From the July PDF." } }) {
				ps.setString(1, this.paperId);
				ps.setString(2, row[0]);
				ps.setString(3, row[1]);
				ps.setString(4, row[2]);
				ps.setString(5, row[3]);
				ps.executeUpdate();
			}
			this.db.connection().commit();
		}

		// when
		var done = this.corrections.unmerge(this.paperId, this.augustRecord, "");

		// then the arXiv PDF and the arXiv key are the new paper's; the project PDF stays
		assertThat(this.db.rows("SELECT paper_id, url FROM artifact ORDER BY url")).containsExactly(
				List.of(done.newPaperId(), "https://arxiv.org/pdf/2504.10068"),
				List.of(this.paperId, "https://mavors.github.io/paper.pdf"));
		assertThat(this.db.column("SELECT paper_id FROM paper_key WHERE key_kind = 'arxiv'"))
			.containsExactly(done.newPaperId());
		assertThat(this.db.column("SELECT arxiv_id FROM paper WHERE paper_id = ?", this.paperId)).containsNull();
	}

	@Test
	void unmergedRecordBecomesAPaperOfItsOwnWithWhatOnlyItGave() throws Exception {
		// when
		CatalogCorrections.Unmerged unmerged = this.corrections.unmerge(this.paperId, this.augustRecord,
				"another paper, same title");

		// then
		String newPaper = PaperStore.idFor("record:" + this.augustRecord);
		assertThat(unmerged).isEqualTo(new CatalogCorrections.Unmerged(this.paperId, this.augustRecord, newPaper, 2));
		assertThat(this.db.rows("SELECT paper_id FROM appearance WHERE record_id = ?", this.augustRecord))
			.containsExactly(List.of(newPaper));
		assertThat(this.db.column("SELECT record_id FROM appearance WHERE paper_id = ?", this.paperId))
			.containsExactlyInAnyOrder(this.julyRecord, this.julyAgainRecord);
		// the arXiv key only the August record gave moves; the title key all gave stays
		assertThat(this.db.rows("SELECT key_kind, key_value, paper_id FROM paper_key ORDER BY key_kind"))
			.containsExactly(List.of("arxiv", "2504.10068", newPaper),
					List.of("title", NormalizedTitle.of(TITLE).hash(), this.paperId));
		// links: each keeps its own, the one both named is in both
		assertThat(this.db.rows("SELECT paper_id, url FROM paper_link WHERE paper_id = ? ORDER BY url", this.paperId))
			.containsExactly(List.of(this.paperId, "https://github.com/mavors/mavors"),
					List.of(this.paperId, "https://mavors.github.io/"));
		assertThat(this.db.column("SELECT url FROM paper_link WHERE paper_id = ? ORDER BY url", newPaper))
			.containsExactly("https://github.com/other/fork", "https://mavors.github.io/");
		assertThat(this.db.rows("SELECT paper_id, mention_kind, mention FROM paper_mention"))
			.containsExactly(List.of(newPaper, "arxiv", "2401.00001"));
	}

	@Test
	void bothPapersAreProjectedAgainFromTheRecordsTheyHoldNow() throws Exception {
		// when
		String newPaper = this.corrections.unmerge(this.paperId, this.augustRecord, "").newPaperId();

		// then the old paper no longer shows the August record's values
		assertThat(this.db.rows("SELECT title, abstract_text, arxiv_id, arxiv_version, first_seen, last_seen"
				+ " FROM paper WHERE paper_id = ?", this.paperId))
			.containsExactly(Arrays.asList(TITLE, JULY_ABSTRACT, null, null, date(JUL_29), date(JUL_29)));
		assertThat(this.db.rows("SELECT title, abstract_text, arxiv_id, arxiv_version, first_seen, last_seen"
				+ " FROM paper WHERE paper_id = ?", newPaper))
			.containsExactly(List.of("MAVORS \u2013 multi granularity video representation.", AUGUST_ABSTRACT,
					"2504.10068", 2, date(AUG_05), date(AUG_05)));
		assertThat(this.db.rows("SELECT field, source FROM paper_field_source WHERE paper_id = ? ORDER BY field",
				newPaper))
			.containsExactly(List.of("abstract", "digest:text"), List.of("arxiv_id", "digest:text"),
					List.of("title", "digest:text"));
		assertThat(
				this.db.column("SELECT field FROM paper_field_source WHERE paper_id = ? ORDER BY field", this.paperId))
			.containsExactly("abstract", "title");
	}

	@Test
	void aNeverOverrideIsStoredAgainstEveryRecordLeftInThePaper() throws Exception {
		// when
		this.corrections.unmerge(this.paperId, this.augustRecord, "  another paper, same title ");

		// then
		String reason = "catalog unmerge " + this.paperId + " " + this.augustRecord + ": another paper, same title";
		assertThat(this.db.rows("SELECT record_a, record_b, kind, reason FROM resolve_override"))
			.containsExactlyInAnyOrder(
					List.of(min(this.augustRecord, this.julyRecord), max(this.augustRecord, this.julyRecord), "never",
							reason),
					List.of(min(this.augustRecord, this.julyAgainRecord), max(this.augustRecord, this.julyAgainRecord),
							"never", reason));
		assertThat(PaperStore.neverMerge(this.db.connection(), this.paperId,
				PaperStore.idFor("record:" + this.augustRecord)))
			.isTrue();
		assertThat(PaperStore.neverMerge(this.db.connection(), PaperStore.idFor("record:" + this.augustRecord),
				this.paperId))
			.isTrue();
	}

	@Test
	void aNewEntryMatchingBothPapersJoinsItsBestMatchWithoutMergingThem() throws Exception {
		// given
		String newPaper = this.corrections.unmerge(this.paperId, this.augustRecord, "").newPaperId();

		// when an entry has the old paper's title and the new paper's arXiv id
		WriteCounts counts = this.db.write(2,
				List.of(entry(digest("sep01.txt", LocalDate.of(2025, 9, 1)), 1, TITLE, "Third.", "2504.10068v3")));

		// then it joins the paper of its best key, the arXiv id, and the two stay apart
		assertThat(counts).isEqualTo(new WriteCounts(0, 1, 0, 0, 0));
		assertThat(this.db.column("SELECT paper_id FROM paper ORDER BY paper_id"))
			.containsExactlyInAnyOrder(this.paperId, newPaper);
		assertThat(this.db.count("merge_decision")).isZero();
		assertThat(this.db.rows("SELECT paper_id, matched_by FROM appearance WHERE digest_sha = ?",
				digest("sep01.txt", JUL_29).sha256()))
			.containsExactly(List.of(newPaper, "arxiv"));
		assertThat(this.db.rows("SELECT arxiv_version FROM paper WHERE paper_id = ?", newPaper))
			.containsExactly(List.of(3));
	}

	@Test
	void withoutTheOverrideTheSameEntryWouldMergeThem() throws Exception {
		// given the unmerge, then its overrides taken back
		String newPaper = this.corrections.unmerge(this.paperId, this.augustRecord, "").newPaperId();
		Jdbc.update(this.db.connection(), "DELETE FROM resolve_override");
		this.db.connection().commit();

		// when
		WriteCounts counts = this.db.write(2,
				List.of(entry(digest("sep01.txt", LocalDate.of(2025, 9, 1)), 1, TITLE, "Third.", "2504.10068v3")));

		// then
		assertThat(counts.merges()).isEqualTo(1);
		assertThat(this.db.column("SELECT paper_id FROM paper")).containsExactly(newPaper);
	}

	@Test
	void unmergeOfAMalformedRecordIdIsRefusedAndChangesNothing() throws Exception {
		assertRefused(this.paperId, "aug05:3",
				"not a record id: \"aug05:3\" (16 hex digits, ':', the entry's ordinal, as catalog show prints them)");
	}

	@Test
	void unmergeOfAnUnknownRecordIsRefusedAndChangesNothing() throws Exception {
		assertRefused(this.paperId, "0123456789abcdef:9", "no record 0123456789abcdef:9 in the catalog");
	}

	@Test
	void unmergeOfARecordFromAPaperThatDoesNotHoldItIsRefusedAndChangesNothing() throws Exception {
		assertRefused("P0000000000000000", this.augustRecord,
				"record " + this.augustRecord + " is not in paper P0000000000000000 but in " + this.paperId);
	}

	@Test
	void unmergeOfAPapersOnlyRecordIsRefusedAndChangesNothing() throws Exception {
		// given a paper of one record
		DigestRef other = digest("other.txt", JUL_29);
		this.db.write(1, List.of(entry(other, 1, "Sparse Attention at Scale", "One abstract.")));
		String single = new DedupeKey(DedupeKey.TITLE, NormalizedTitle.of("Sparse Attention at Scale").hash())
			.paperId();
		String record = CatalogResolution.recordId(other.sha256(), 1);

		// when / then
		assertRefused(single, record,
				"record " + record + " is the only record of paper " + single + "; nothing to unmerge");
	}

	@Test
	void aSecondUnmergeOfTheSameRecordIsRefused() throws Exception {
		// given
		String newPaper = this.corrections.unmerge(this.paperId, this.augustRecord, "").newPaperId();

		// when / then
		assertRefused(this.paperId, this.augustRecord,
				"record " + this.augustRecord + " is not in paper " + this.paperId + " but in " + newPaper);
		assertRefused(newPaper, this.augustRecord,
				"record " + this.augustRecord + " is the only record of paper " + newPaper + "; nothing to unmerge");
	}

	private void assertRefused(String paper, String record, String message) throws Exception {
		Map<String, List<List<Object>>> before = this.db.dump();
		assertThatExceptionOfType(CatalogCorrections.Refused.class)
			.isThrownBy(() -> this.corrections.unmerge(paper, record, "why"))
			.withMessage(message);
		assertThat(this.db.dump()).isEqualTo(before);
	}

	private static String min(String a, String b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static String max(String a, String b) {
		return (a.compareTo(b) <= 0) ? b : a;
	}

	private static Date date(LocalDate date) {
		return Date.valueOf(date);
	}

}
