package io.digestcatalog.core.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.digestcatalog.core.dedupe.er.Overrides;
import io.digestcatalog.core.dedupe.er.RecordPair;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * The catalog side of entity resolution. Its records are the sightings (one per digest
 * entry, never changed once loaded), identified as {@code <digest SHA-256, 16 hex
 * digits>:<ordinal>}. The state a run leaves (each record's cluster, every link found,
 * the blocking keys of every record resolved) is stored, so the next run compares only
 * records loaded since, without reading the others ({@link StoredResolution}); a full run
 * resolves every record again and, since resolution depends on the set of records alone,
 * ends in the same clusters. Clusters whose records sit in different papers are merged
 * into the paper seen first, each merge with its reason.
 */
public final class CatalogResolution {

	/** Enough of an abstract to compare two; the rest would only cost memory. */
	static final int ABSTRACT_CHARS = 1000;

	private static final Pattern RECORD_ID = Pattern.compile("[0-9a-f]{16}:\\d{1,18}");

	private CatalogResolution() {
	}

	/**
	 * What a run changed.
	 *
	 * @param merged papers merged into others
	 * @param reclustered cluster changes written (new records included; a record whose
	 * component two batches reach counts in each)
	 * @param links links written or changed
	 */
	public record Outcome(int merged, int reclustered, int links) {

	}

	/** A record's id: its digest's SHA-256 cut to 16 hex digits, ':', its ordinal. */
	public static String recordId(String digestSha, long ordinal) {
		return digestSha.substring(0, 16) + ":" + ordinal;
	}

	public static boolean isRecordId(String text) {
		return RECORD_ID.matcher(text).matches();
	}

	/** The appearance columns a record is made of, for {@link #record(ResultSet)}. */
	static final String RECORD_COLUMNS = """
			a.record_id, a.title_as_seen, a.authors, a.published_on, d.digest_date, a.journal_ref,
			SUBSTRING(a.abstract_text FROM 1 FOR %d) AS abstract_text, a.arxiv_id, a.doi""".formatted(ABSTRACT_CHARS);

	/** The record of an appearance row selected with {@link #RECORD_COLUMNS}. */
	static ResolutionRecord record(ResultSet rs) throws SQLException {
		return record(rs.getString("record_id"), rs.getString("title_as_seen"), rs.getString("authors"),
				Jdbc.date(rs, "published_on"), Jdbc.date(rs, "digest_date"), rs.getString("journal_ref"),
				rs.getString("abstract_text"), rs.getString("arxiv_id"), rs.getString("doi"));
	}

	/**
	 * A record as resolution sees it: dated by its publication date, else the day its
	 * digest was seen; its listing is its digest (the record id's first part); at most
	 * {@value #ABSTRACT_CHARS} characters of the abstract.
	 */
	static ResolutionRecord record(String id, String title, String authors, LocalDate published, LocalDate seen,
			String journalRef, String abstractText, String arxivId, String doi) {
		LocalDate dated = (published != null) ? published : seen;
		String abstractStart = (abstractText == null || abstractText.length() <= ABSTRACT_CHARS) ? abstractText
				: abstractText.substring(0, ABSTRACT_CHARS);
		return new ResolutionRecord(id, title, (authors == null) ? List.of() : Arrays.asList(authors.split("; ")),
				(dated != null) ? dated.getYear() : null, journalRef, abstractStart,
				(arxivId != null) ? ArxivId.parse(arxivId).orElse(null) : null,
				(doi != null) ? Doi.parse(doi).stream().toList() : List.of(), id.substring(0, id.indexOf(':')));
	}

	/** The records of one paper, in record id order. */
	static List<ResolutionRecord> recordsOfPaper(Connection c, String paperId) {
		return Jdbc.query(c, "SELECT " + RECORD_COLUMNS + """

				FROM appearance a JOIN digest d ON d.digest_sha = a.digest_sha
				WHERE a.paper_id = ? ORDER BY a.record_id""", CatalogResolution::record, paperId);
	}

	/**
	 * Every record of the catalog, in record id order: for comparing the stored
	 * resolution with one in memory (tests, evaluations); the resolve step never holds
	 * them all.
	 */
	public static List<ResolutionRecord> records(Connection c) {
		return Jdbc.query(c, "SELECT " + RECORD_COLUMNS + """

				FROM appearance a JOIN digest d ON d.digest_sha = a.digest_sha ORDER BY a.record_id""",
				CatalogResolution::record);
	}

	/**
	 * The operator's corrections: those stored by {@code catalog unmerge} and the pairs
	 * given in configuration, each side a record id or a paper id (standing for every
	 * record of that paper now).
	 */
	public static Overrides overrides(Connection c, List<String> neverMerge, List<String> alwaysMerge) {
		Set<RecordPair> never = new LinkedHashSet<>();
		Set<RecordPair> always = new LinkedHashSet<>();
		Jdbc.query(c, "SELECT record_a, record_b, kind FROM resolve_override", rs -> {
			RecordPair pair = RecordPair.of(rs.getString(1), rs.getString(2));
			return ("always".equals(rs.getString(3)) ? always : never).add(pair);
		});
		for (String pair : neverMerge) {
			expand(c, pair, never);
		}
		for (String pair : alwaysMerge) {
			expand(c, pair, always);
		}
		always.removeAll(never);
		return new Overrides(always, never);
	}

	private static void expand(Connection c, String pair, Set<RecordPair> into) {
		String[] sides = pair.strip().split("\\s+");
		List<String> a = recordsOf(c, sides[0]);
		List<String> b = recordsOf(c, sides[1]);
		for (String x : a) {
			for (String y : b) {
				if (!x.equals(y)) {
					into.add(RecordPair.of(x, y));
				}
			}
		}
	}

	/**
	 * The ids of configured pairs that stand for no record now (a paper merged away, a
	 * record of a digest not loaded): their corrections have no effect.
	 */
	public static List<String> unknownIds(Connection c, List<String> pairs) {
		List<String> unknown = new ArrayList<>();
		for (String pair : pairs) {
			for (String id : pair.strip().split("\\s+")) {
				boolean known = isRecordId(id)
						? Jdbc.count(c, "SELECT COUNT(*) FROM appearance WHERE record_id = ?", id) > 0
						: Jdbc.count(c, "SELECT COUNT(*) FROM paper WHERE paper_id = ?", id) > 0;
				if (!known && !unknown.contains(id)) {
					unknown.add(id);
				}
			}
		}
		return unknown;
	}

	/** The records a record id or paper id stands for. */
	static List<String> recordsOf(Connection c, String id) {
		if (isRecordId(id)) {
			return List.of(id);
		}
		return Jdbc.query(c, "SELECT record_id FROM appearance WHERE paper_id = ? ORDER BY record_id",
				rs -> rs.getString(1), id);
	}

	/** Records a {@link #run} resolves per batch. */
	public static final int BATCH_SIZE = 2000;

	/**
	 * One resolution run on the caller's connection and transaction.
	 *
	 * @param records records in the catalog
	 * @param fresh records resolved by this run
	 * @param candidatePairs pairs compared in this run
	 * @param outcome what it changed
	 */
	public record Run(long records, long fresh, long candidatePairs, Outcome outcome) {

	}

	/**
	 * Resolves the records loaded since the last run (every record with {@code full}) a
	 * batch at a time with {@link StoredResolution}, its key files under
	 * {@code indexRoot}, applies the corrections and merges papers, all in the caller's
	 * transaction (the resolve step commits each batch instead).
	 * @param neverMerge configured pairs that are different papers
	 * @param alwaysMerge configured pairs that are one paper
	 */
	public static Run run(Connection c, Path indexRoot, boolean full, List<String> neverMerge, List<String> alwaysMerge,
			SourceRanking ranking) {
		Overrides overrides = overrides(c, neverMerge, alwaysMerge);
		try (StoredResolution r = StoredResolution.open(c, indexRoot, overrides, BATCH_SIZE)) {
			if (full) {
				r.startFull();
			}
			long fresh = 0;
			long pairs = 0;
			int links = 0;
			int reclustered = 0;
			for (StoredResolution.Batch b = r.resolveBatch(); b != null; b = r.resolveBatch()) {
				fresh += b.records();
				pairs += b.candidatePairs();
				links += b.links();
				reclustered += b.reclustered();
			}
			StoredResolution.Batch corrections = r.applyOverrides();
			links += corrections.links();
			reclustered += corrections.reclustered();
			int merged = 0;
			while (r.mergesPending()) {
				merged += r.mergePapers(1000, ranking);
			}
			return new Run(r.records(), fresh, pairs, new Outcome(merged, reclustered, links));
		}
	}

}
