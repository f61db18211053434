package io.digestcatalog.core.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.dedupe.er.EntityResolver;
import io.digestcatalog.core.dedupe.er.MatchRule;
import io.digestcatalog.core.dedupe.er.MergeDecision;
import io.digestcatalog.core.dedupe.er.Overrides;
import io.digestcatalog.core.dedupe.er.RecordPair;
import io.digestcatalog.core.dedupe.er.Resolution;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.extract.EntryExtractor;
import io.digestcatalog.core.extract.ExtractedEntry;

import static io.digestcatalog.core.catalog.CatalogEntries.JUL_29;
import static io.digestcatalog.core.catalog.CatalogEntries.digest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entity resolution over a real catalog database: resolving after each load ends as one
 * full resolution of everything loaded, and an operator's corrections hold.
 */
class CatalogResolutionTests {

	private static final String RECORDS_WITH_CLUSTERS = "SELECT a.record_id, a.paper_id, r.cluster_id FROM appearance a"
			+ " JOIN record_resolution r ON r.record_id = a.record_id ORDER BY a.record_id";

	private static final DigestRef FIRST = digest("batch1.txt", JUL_29);

	private static final DigestRef SECOND = digest("batch2.txt", LocalDate.of(2025, 8, 5));

	private static final String BRIDGES = "Schr\\\"odinger Bridges for Unpaired Image-to-Image Translation";

	private static final String BRIDGES_ABSTRACT = "We learn Schr\u00f6dinger bridges between two unpaired image "
			+ "domains with a simulation-free objective and translate images without paired supervision.";

	private static final String ATTENTION_ABSTRACT = "Sparse attention patterns let transformers summarize "
			+ "documents of a hundred thousand tokens at the cost of ten thousand.";

	/**
	 * The first load: two papers the second load has again under other titles, two more
	 * by the same authors.
	 */
	private static final List<ExtractedEntry> BATCH_1 = List.of(
			entry(FIRST, 1, BRIDGES, BRIDGES_ABSTRACT, "Ada Lovelace", "Charles Babbage"),
			entry(FIRST, 2, "Graph Neural Networks for Molecule Generation",
					"Message passing networks generate valid molecules.", "Marie Curie", "Pierre Curie"),
			entry(FIRST, 3, "Sparse Attention at Scale for Long Document Summarization with \\textsc{LongSum}",
					ATTENTION_ABSTRACT, "Alan Turing", "Grace Hopper"),
			entry(FIRST, 4, "Graph Neural Networks for Protein Structure Prediction",
					"Equivariant networks predict folds.", "Marie Curie", "Pierre Curie"));

	/**
	 * The second load: a re-cased title with the LaTeX accent resolved, a capitalized one
	 * without the LaTeX command (fuzzy duplicates, no key shared), one with the same
	 * normalized title (merged by the loader), and a new paper.
	 */
	private static final List<ExtractedEntry> BATCH_2 = List.of(
			entry(SECOND, 1, "Schr\u00f6dinger bridges for unpaired image-to-image translation", BRIDGES_ABSTRACT,
					"Lovelace, A.", "Babbage, C."),
			entry(SECOND, 2, "GRAPH NEURAL NETWORKS FOR MOLECULE GENERATION", "", "M. Curie", "P. Curie"),
			entry(SECOND, 3, "SPARSE ATTENTION AT SCALE FOR LONG DOCUMENT SUMMARIZATION WITH LONGSUM",
					ATTENTION_ABSTRACT, "A. Turing", "G. Hopper"),
			entry(SECOND, 4, "Retrieval-Augmented Generation for Source Code",
					"Retrieval of similar functions improves code completion.", "Barbara Liskov"));

	private static final String BRIDGES_1 = CatalogResolution.recordId(FIRST.sha256(), 1);

	private static final String MOLECULES_1 = CatalogResolution.recordId(FIRST.sha256(), 2);

	private static final String ATTENTION_1 = CatalogResolution.recordId(FIRST.sha256(), 3);

	private static final String PROTEINS_1 = CatalogResolution.recordId(FIRST.sha256(), 4);

	private static final String BRIDGES_2 = CatalogResolution.recordId(SECOND.sha256(), 1);

	private static final String MOLECULES_2 = CatalogResolution.recordId(SECOND.sha256(), 2);

	private static final String ATTENTION_2 = CatalogResolution.recordId(SECOND.sha256(), 3);

	private static final String CODE_2 = CatalogResolution.recordId(SECOND.sha256(), 4);

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
	void loaderAloneKeepsTheFuzzyDuplicatesApart() throws Exception {
		// when
		this.db.write(1, BATCH_1);
		this.db.write(2, BATCH_2);

		// then only the same normalized title was merged on loading
		assertThat(this.db.count("paper")).isEqualTo(7);
		assertThat(paperOf(MOLECULES_2)).isEqualTo(paperOf(MOLECULES_1));
		assertThat(paperOf(BRIDGES_2)).isNotEqualTo(paperOf(BRIDGES_1));
		assertThat(paperOf(ATTENTION_2)).isNotEqualTo(paperOf(ATTENTION_1));
		assertThat(this.db.column("SELECT cluster_id FROM record_resolution")).containsOnlyNulls();
	}

	@Test
	void resolvingAfterEachLoadComparesOnlyNewRecordsAndEndsAsOneFullResolution() throws Exception {
		// given a catalog resolved after each of two loads
		this.db.write(1, BATCH_1);
		Run first = resolve(this.db, false, List.of(), List.of());
		this.db.write(2, BATCH_2);
		Run second = resolve(this.db, false, List.of(), List.of());

		// and one that loaded both and resolved once, in full
		Path other = Files.createDirectories(this.dir.resolve("full"));
		try (CatalogDatabase full = CatalogDatabase.in(other)) {
			full.write(1, BATCH_1);
			full.write(2, BATCH_2);
			Run once = resolve(full, true, List.of(), List.of());

			// then each run resolved only what no run had resolved before
			assertThat(first.fresh()).isEqualTo(4);
			assertThat(second.records()).isEqualTo(8);
			assertThat(second.fresh()).isEqualTo(4);
			assertThat(once.fresh()).isEqualTo(8);
			// the second run's candidate pairs are those of the new records: together
			// with the first run's, exactly the pairs of one full run
			assertThat(first.candidatePairs()).isPositive();
			assertThat(second.candidatePairs()).isPositive().isEqualTo(once.candidatePairs() - first.candidatePairs());
			// and every link the second run found holds one of its records
			Set<String> fresh = Set.of(BRIDGES_2, MOLECULES_2, ATTENTION_2, CODE_2);
			List<List<Object>> newLinks = new ArrayList<>(second.links());
			newLinks.removeAll(first.links());
			assertThat(newLinks).isNotEmpty()
				.allSatisfy(link -> assertThat(fresh).containsAnyOf((String) link.get(0), (String) link.get(1)));

			// and the two catalogs are the same, row for row
			assertThat(first.outcome().merged()).isZero();
			assertThat(second.outcome().merged()).isEqualTo(2);
			assertThat(once.outcome().merged()).isEqualTo(2);
			assertThat(this.db.rows(RECORDS_WITH_CLUSTERS)).isEqualTo(full.rows(RECORDS_WITH_CLUSTERS));
			assertThat(this.db.rows("SELECT * FROM resolve_link ORDER BY record_a, record_b"))
				.isEqualTo(full.rows("SELECT * FROM resolve_link ORDER BY record_a, record_b"));
			assertThat(this.db.rows("SELECT * FROM paper ORDER BY paper_id"))
				.isEqualTo(full.rows("SELECT * FROM paper ORDER BY paper_id"));
			assertThat(this.db.dump()).isEqualTo(full.dump());
		}

		// the fuzzy duplicates are one cluster and one paper, the paper seen first
		assertThat(clusters(this.db)).containsEntry(BRIDGES_2, min(BRIDGES_1, BRIDGES_2))
			.containsEntry(ATTENTION_2, min(ATTENTION_1, ATTENTION_2))
			.containsEntry(MOLECULES_2, min(MOLECULES_1, MOLECULES_2))
			.containsEntry(PROTEINS_1, PROTEINS_1)
			.containsEntry(CODE_2, CODE_2);
		assertThat(paperOf(BRIDGES_2)).isEqualTo(paperOf(BRIDGES_1));
		assertThat(paperOf(ATTENTION_2)).isEqualTo(paperOf(ATTENTION_1));
		assertThat(this.db.count("paper")).isEqualTo(5);
		assertThat(this.db.rows("SELECT survivor_id, merged_id FROM merge_decision ORDER BY survivor_id")).hasSize(2)
			.allSatisfy(row -> assertThat(row.get(0)).isIn(paperOf(BRIDGES_1), paperOf(ATTENTION_1)));
		assertThat(this.db.column("SELECT reason FROM merge_decision"))
			.allSatisfy(reason -> assertThat(reason).asString().startsWith("entity resolution: SIMILARITY (score "));
		// the survivor's title stays the first sighting's: same source, no version, seen
		// first
		assertThat(this.db.column("SELECT title FROM paper WHERE paper_id = ?", paperOf(BRIDGES_1)))
			.containsExactly(BRIDGES);
	}

	@Test
	void fullResolutionOfAnIncrementallyResolvedCatalogFindsTheStoredClusters() throws Exception {
		// given
		this.db.write(1, BATCH_1);
		resolve(this.db, false, List.of(), List.of());
		this.db.write(2, BATCH_2);
		resolve(this.db, false, List.of(), List.of());
		Map<String, String> stored = clusters(this.db);

		// when every record is resolved again from scratch
		Connection c = this.db.connection();
		List<ResolutionRecord> records = CatalogResolution.records(c);
		Resolution resolution = new EntityResolver(CatalogResolution.overrides(c, List.of(), List.of()))
			.resolve(records);

		// then
		assertThat(records).hasSize(8);
		assertThat(resolution.clusterIdByRecord()).isEqualTo(stored);
	}

	@Test
	void aRunWithNothingNewChangesNothing() throws Exception {
		// given
		this.db.write(1, BATCH_1);
		this.db.write(2, BATCH_2);
		resolve(this.db, false, List.of(), List.of());
		Map<String, List<List<Object>>> before = this.db.dump();

		// when
		Run again = resolve(this.db, false, List.of(), List.of());

		// then
		assertThat(again.fresh()).isZero();
		assertThat(again.records()).isEqualTo(8);
		assertThat(again.candidatePairs()).isZero();
		assertThat(again.outcome()).isEqualTo(new CatalogResolution.Outcome(0, 0, 0));
		assertThat(this.db.dump()).isEqualTo(before);
	}

	@Test
	void neverMergeOfTwoPaperIdsInConfigurationKeepsTheirRecordsApart() throws Exception {
		// given
		this.db.write(1, BATCH_1);
		this.db.write(2, BATCH_2);
		String first = paperOf(BRIDGES_1);
		String second = paperOf(BRIDGES_2);

		// when
		Run run = resolve(this.db, false, List.of(first + " " + second), List.of());

		// then
		assertThat(clusters(this.db).get(BRIDGES_1)).isNotEqualTo(clusters(this.db).get(BRIDGES_2));
		assertThat(paperOf(BRIDGES_1)).isEqualTo(first);
		assertThat(paperOf(BRIDGES_2)).isEqualTo(second);
		assertThat(run.outcome().merged()).isEqualTo(1);
		// the attention paper, not named, still merges
		assertThat(paperOf(ATTENTION_2)).isEqualTo(paperOf(ATTENTION_1));
	}

	@Test
	void aClusterDoesNotMergeAPaperHoldingARecordSetApartFromTheSurvivorsRecords() throws Exception {
		// given x alone, and y and z one paper by their shared title (joined as they
		// loaded)
		DigestRef one = digest("one.txt", JUL_29);
		DigestRef two = digest("two.txt", JUL_29.plusDays(1));
		this.db.write(1, List.of(CatalogEntries.entry(one, 1, "Sparse retrieval heads", "On x."),
				CatalogEntries.entry(one, 2, "Dense retrieval heads in long-context language models", "On y.")));
		this.db.write(2, List
			.of(CatalogEntries.entry(two, 1, "Dense retrieval heads in long-context language models", "On z.")));
		String x = CatalogResolution.recordId(one.sha256(), 1);
		String y = CatalogResolution.recordId(one.sha256(), 2);
		String z = CatalogResolution.recordId(two.sha256(), 1);
		assertThat(paperOf(y)).isEqualTo(paperOf(z)).isNotEqualTo(paperOf(x));

		// when the operator says x is y but never z
		Run run = resolve(this.db, false, List.of(x + " " + z), List.of(x + " " + y));

		// then x and y are one cluster, but the papers stay apart: one would hold x and z
		assertThat(clusters(this.db).get(x)).isEqualTo(clusters(this.db).get(y));
		assertThat(run.outcome().merged()).isZero();
		assertThat(paperOf(y)).isEqualTo(paperOf(z)).isNotEqualTo(paperOf(x));
	}

	@Test
	void alwaysMergeOfTwoPaperIdsInConfigurationJoinsThemWithTheOperatorAsReason() throws Exception {
		// given two papers nothing else relates
		this.db.write(1, BATCH_1);
		this.db.write(2, BATCH_2);
		String proteins = paperOf(PROTEINS_1);
		String code = paperOf(CODE_2);

		// when
		resolve(this.db, false, List.of(), List.of(proteins + "  " + code));

		// then the paper seen first survives
		assertThat(paperOf(CODE_2)).isEqualTo(proteins);
		assertThat(clusters(this.db).get(CODE_2)).isEqualTo(clusters(this.db).get(PROTEINS_1));
		assertThat(this.db.rows("SELECT reason FROM merge_decision WHERE survivor_id = ? AND merged_id = ?", proteins,
				code))
			.singleElement()
			.satisfies(row -> assertThat(row.get(0)).asString()
				.startsWith("entity resolution: MUST_LINK (score 1.000) ")
				.endsWith(": operator must-link"));
		assertThat(this.db.rows("SELECT rule, refusal FROM resolve_link WHERE record_a = ? AND record_b = ?",
				min(PROTEINS_1, CODE_2), max(PROTEINS_1, CODE_2)))
			.containsExactly(Arrays.asList(MatchRule.MUST_LINK.name(), null));
		// the paper merged away names nothing now: its correction is reported as having
		// no effect
		assertThat(CatalogResolution.unknownIds(this.db.connection(),
				List.of(proteins + " " + code, PROTEINS_1 + " 0123456789abcdef:9")))
			.containsExactly(code, "0123456789abcdef:9");
	}

	@Test
	void overridesAreTheStoredCorrectionsAndTheConfiguredPairsWithPaperIdsStandingForTheirRecords() throws Exception {
		// given stored corrections, one of them contradicted by a never-merge
		this.db.write(1, BATCH_1);
		this.db.write(2, BATCH_2);
		Connection c = this.db.connection();
		override(c, BRIDGES_1, CODE_2, "never");
		override(c, ATTENTION_1, PROTEINS_1, "always");
		override(c, ATTENTION_2, CODE_2, "always");
		c.commit();
		String molecules = paperOf(MOLECULES_1);

		// when
		Overrides overrides = CatalogResolution.overrides(c,
				List.of(molecules + " " + paperOf(PROTEINS_1), " " + ATTENTION_2 + " " + CODE_2 + " "),
				List.of(MOLECULES_1 + " " + molecules));

		// then the paper of two records stands for both; a pair of one record with
		// itself is none; never wins over always
		assertThat(overrides.cannotLink()).containsExactlyInAnyOrder(RecordPair.of(BRIDGES_1, CODE_2),
				RecordPair.of(MOLECULES_1, PROTEINS_1), RecordPair.of(MOLECULES_2, PROTEINS_1),
				RecordPair.of(ATTENTION_2, CODE_2));
		assertThat(overrides.mustLink()).containsExactlyInAnyOrder(RecordPair.of(ATTENTION_1, PROTEINS_1),
				RecordPair.of(MOLECULES_1, MOLECULES_2));
	}

	@Test
	void recordTakenOutByAnOperatorStaysApartInTheNextRunAndInAFullOne() throws Exception {
		// given the fuzzy duplicates resolved into one paper, then taken apart
		this.db.write(1, BATCH_1);
		this.db.write(2, BATCH_2);
		resolve(this.db, false, List.of(), List.of());
		String paper = paperOf(BRIDGES_1);
		assertThat(paperOf(BRIDGES_2)).isEqualTo(paper);
		CatalogCorrections.Unmerged unmerged = new CatalogCorrections(this.db.dataSource(), SourceRanking.DEFAULT)
			.unmerge(paper, BRIDGES_2, "a different paper");

		// when
		Run next = resolve(this.db, false, List.of(), List.of());

		// then
		assertThat(next.outcome().merged()).isZero();
		assertThat(paperOf(BRIDGES_1)).isEqualTo(paper);
		assertThat(paperOf(BRIDGES_2)).isEqualTo(unmerged.newPaperId());
		Map<String, String> clusters = clusters(this.db);
		assertThat(clusters).containsEntry(BRIDGES_1, BRIDGES_1).containsEntry(BRIDGES_2, BRIDGES_2);
		assertThat(this.db.column("SELECT refusal FROM resolve_link WHERE record_a = ? AND record_b = ?",
				min(BRIDGES_1, BRIDGES_2), max(BRIDGES_1, BRIDGES_2)))
			.singleElement()
			.asString()
			.startsWith("refused: operator cannot-link");

		// and a full run agrees
		Run full = resolve(this.db, true, List.of(), List.of());
		assertThat(full.outcome().merged()).isZero();
		assertThat(clusters(this.db)).isEqualTo(clusters);
		assertThat(paperOf(BRIDGES_2)).isEqualTo(unmerged.newPaperId());
	}

	@Test
	void resolutionDoesNotMergeBackAPaperAnOperatorTookARecordOutOf() throws Exception {
		// given two sightings of a paper, resolved into one and taken apart again
		String recased = "Schr\u00f6dinger bridges for unpaired image-to-image translation";
		this.db.write(1, List.of(BATCH_1.get(0)));
		this.db.write(2, List.of(entry(SECOND, 1, recased, "", "Lovelace, A.", "Babbage, C.")));
		resolve(this.db, false, List.of(), List.of());
		String paper = paperOf(BRIDGES_1);
		String taken = new CatalogCorrections(this.db.dataSource(), SourceRanking.DEFAULT)
			.unmerge(paper, BRIDGES_2, "a different paper")
			.newPaperId();
		// and a third sighting that loads into the new paper by its title but is most
		// like the record left behind
		DigestRef third = digest("batch3.txt", LocalDate.of(2025, 9, 1));
		this.db.write(3, List.of(entry(third, 1, recased, BRIDGES_ABSTRACT, "Ada Lovelace", "Charles Babbage")));
		String thirdRecord = CatalogResolution.recordId(third.sha256(), 1);
		assertThat(paperOf(thirdRecord)).isEqualTo(taken);

		// when
		Run run = resolve(this.db, false, List.of(), List.of());

		// then resolution links the third record to the first, but the papers stay apart
		assertThat(run.clusters().get(thirdRecord)).isEqualTo(run.clusters().get(BRIDGES_1));
		assertThat(run.outcome().merged()).isZero();
		assertThat(paperOf(BRIDGES_1)).isEqualTo(paper);
		assertThat(paperOf(BRIDGES_2)).isEqualTo(taken);
		assertThat(this.db.count("paper")).isEqualTo(2);
	}

	/** One resolve step as the resolve job runs it, committed. */
	private static Run resolve(CatalogDatabase db, boolean full, List<String> never, List<String> always)
			throws Exception {
		Connection c = db.connection();
		CatalogResolution.Run run = CatalogResolution.run(c, db.indexDir(), full, never, always, SourceRanking.DEFAULT);
		c.commit();
		return new Run(run.records(), run.fresh(), run.candidatePairs(), run.outcome(), clusters(db),
				db.rows("SELECT record_a, record_b FROM resolve_link ORDER BY record_a, record_b"));
	}

	/** A run's figures, and the clusters and links the catalog holds after it. */
	private record Run(long records, long fresh, long candidatePairs, CatalogResolution.Outcome outcome,
			Map<String, String> clusters, List<List<Object>> links) {

	}

	private static Map<String, String> clusters(CatalogDatabase db) throws Exception {
		Map<String, String> clusters = new LinkedHashMap<>();
		for (List<Object> row : db.rows("SELECT record_id, cluster_id FROM record_resolution ORDER BY record_id")) {
			clusters.put((String) row.get(0), (String) row.get(1));
		}
		return clusters;
	}

	private String paperOf(String recordId) throws Exception {
		return (String) this.db.column("SELECT paper_id FROM appearance WHERE record_id = ?", recordId).get(0);
	}

	private static void override(Connection c, String a, String b, String kind) {
		Jdbc.update(c,
				"INSERT INTO resolve_override (record_a, record_b, kind, reason, created_at) VALUES (?, ?, ?, ?, ?)",
				min(a, b), max(a, b), kind, "test", Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
	}

	private static Set<String> ids(List<ResolutionRecord> records) {
		Set<String> ids = new HashSet<>();
		records.forEach(r -> ids.add(r.id()));
		return ids;
	}

	private static ExtractedEntry entry(DigestRef digest, long ordinal, String title, String abstractText,
			String... authors) {
		return EntryExtractor
			.extract(new DigestEntry(digest, ordinal, ordinal * 4, title, abstractText, List.of(authors), null, null));
	}

	private static String min(String a, String b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static String max(String a, String b) {
		return (a.compareTo(b) <= 0) ? b : a;
	}

}
