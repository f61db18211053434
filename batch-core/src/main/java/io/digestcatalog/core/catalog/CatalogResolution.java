package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.digestcatalog.core.dedupe.er.Cluster;
import io.digestcatalog.core.dedupe.er.EntityResolver;
import io.digestcatalog.core.dedupe.er.MatchRule;
import io.digestcatalog.core.dedupe.er.MergeDecision;
import io.digestcatalog.core.dedupe.er.Overrides;
import io.digestcatalog.core.dedupe.er.RecordPair;
import io.digestcatalog.core.dedupe.er.Resolution;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.dedupe.er.ResolutionStats;
import io.digestcatalog.core.dedupe.er.ResolverIndex;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * The catalog side of entity resolution. Its records are the sightings (one per digest
 * entry, never changed once loaded), identified as {@code <digest SHA-256, 16 hex
 * digits>:<ordinal>}. The state a run leaves (each record's cluster, every link found) is
 * stored, so the next run restores it and compares only records loaded since; a full run
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
	 * What a run starts from.
	 *
	 * @param resolved records resolved by earlier runs
	 * @param previous their resolution as stored
	 * @param fresh records no run has resolved yet
	 * @param paperOf each record's paper
	 * @param storedCluster each resolved record's cluster as stored (also in a full run)
	 * @param storedLinks every link as stored (also in a full run)
	 */
	public record State(List<ResolutionRecord> resolved, Resolution previous, List<ResolutionRecord> fresh,
			Map<String, String> paperOf, Map<String, String> storedCluster, Map<RecordPair, StoredLink> storedLinks) {

	}

	/**
	 * What a run changed.
	 *
	 * @param merged papers merged into others
	 * @param reclustered records whose cluster changed (new records included)
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
	 * The catalog's records and stored resolution; with {@code full}, every record counts
	 * as fresh and the stored resolution is ignored.
	 */
	public static State state(Connection c, boolean full) {
		List<ResolutionRecord> resolved = new ArrayList<>();
		List<ResolutionRecord> fresh = new ArrayList<>();
		Map<String, String> paperOf = new HashMap<>();
		Map<String, String> storedCluster = new HashMap<>();
		Map<String, List<String>> members = new HashMap<>();
		Jdbc.query(c, "SELECT " + RECORD_COLUMNS + """
				, a.cluster_id, a.paper_id
				FROM appearance a JOIN digest d ON d.digest_sha = a.digest_sha""", rs -> {
			ResolutionRecord record = record(rs);
			String id = record.id();
			String cluster = rs.getString("cluster_id");
			if (cluster != null) {
				storedCluster.put(id, cluster);
			}
			if (full || cluster == null) {
				fresh.add(record);
			}
			else {
				resolved.add(record);
				members.computeIfAbsent(cluster, k -> new ArrayList<>()).add(id);
			}
			paperOf.put(id, rs.getString("paper_id"));
			return null;
		});
		List<Cluster> clusters = new ArrayList<>(members.size());
		members.forEach((id, ids) -> {
			ids.sort(Comparator.naturalOrder());
			clusters.add(new Cluster(ids.get(0), ids));
		});
		Map<RecordPair, StoredLink> storedLinks = new HashMap<>();
		Jdbc.query(c, "SELECT record_a, record_b, rule, score, reason, refusal FROM resolve_link",
				rs -> storedLinks.put(RecordPair.of(rs.getString(1), rs.getString(2)),
						new StoredLink(rs.getString(3), rs.getDouble(4), rs.getString(5), rs.getString(6))));
		List<MergeDecision> accepted = new ArrayList<>();
		List<MergeDecision> refused = new ArrayList<>();
		if (!full) {
			storedLinks.forEach((pair, link) -> {
				// a link of a record to be resolved again is found again
				if (storedCluster.containsKey(pair.first()) && storedCluster.containsKey(pair.second())) {
					MergeDecision d = new MergeDecision(pair.first(), pair.second(), MatchRule.valueOf(link.rule()),
							link.score(),
							(link.refusal() == null) ? link.reason() : link.refusal() + REFUSAL + link.reason());
					((link.refusal() == null) ? accepted : refused).add(d);
				}
			});
		}
		Resolution previous = new Resolution(clusters, accepted, refused, new ResolutionStats(resolved.size(), 0,
				accepted.size() + refused.size(), refused.size(), clusters.size()));
		return new State(resolved, previous, fresh, paperOf, storedCluster, storedLinks);
	}

	private static final String REFUSAL = MergeDecision.REFUSAL_SEPARATOR;

	/**
	 * A link as {@code resolve_link} holds it.
	 *
	 * @param rule the rule's name
	 * @param score the score
	 * @param reason the features or rule that linked the pair
	 * @param refusal why the guard refused it, or {@code null} when accepted
	 */
	public record StoredLink(String rule, double score, String reason, String refusal) {

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

	/**
	 * One resolution run on the caller's connection and transaction.
	 *
	 * @param state what it started from
	 * @param resolution every record's cluster and every link
	 * @param candidatePairs pairs compared in this run
	 * @param outcome what it changed
	 */
	public record Run(State state, Resolution resolution, long candidatePairs, Outcome outcome) {

	}

	/**
	 * Restores the stored resolution, resolves the records loaded since (every record
	 * with {@code full}), stores the result and merges papers.
	 * @param neverMerge configured pairs that are different papers
	 * @param alwaysMerge configured pairs that are one paper
	 */
	public static Run run(Connection c, boolean full, List<String> neverMerge, List<String> alwaysMerge,
			SourceRanking ranking) {
		State state = state(c, full);
		Overrides overrides = overrides(c, neverMerge, alwaysMerge);
		ResolverIndex index = new EntityResolver(overrides).restore(state.resolved(), state.previous());
		long restored = index.candidatePairs();
		index.add(state.fresh());
		Resolution resolution = index.resolution();
		Outcome outcome = apply(c, state, resolution, overrides, ranking);
		return new Run(state, resolution, resolution.stats().candidatePairs() - restored, outcome);
	}

	/**
	 * Stores the resolution (each record's cluster, every link) where it changed, and
	 * merges every cluster's papers into the one seen first.
	 */
	static Outcome apply(Connection c, State state, Resolution resolution, Overrides overrides, SourceRanking ranking) {
		int reclustered = storeClusters(c, state, resolution);
		int links = storeLinks(c, resolution, state.resolved().isEmpty(), new HashMap<>(state.storedLinks()));
		int merged = new PaperMerges(c, state.paperOf(), overrides).merge(resolution, ranking);
		return new Outcome(merged, reclustered, links);
	}

	private static int storeClusters(Connection c, State state, Resolution resolution) {
		Map<String, String> before = state.storedCluster();
		try (Jdbc.Batch update = new Jdbc.Batch(c, "UPDATE appearance SET cluster_id = ? WHERE record_id = ?")) {
			for (Cluster cluster : resolution.clusters()) {
				for (String record : cluster.recordIds()) {
					if (!cluster.id().equals(before.get(record))) {
						update.add(cluster.id(), record);
					}
				}
			}
			return update.rows();
		}
	}

	/**
	 * Writes new and changed links; after a full run (nothing restored), also removes the
	 * links it no longer finds (a matcher upgrade, a correction withdrawn).
	 */
	private static int storeLinks(Connection c, Resolution resolution, boolean full,
			Map<RecordPair, StoredLink> stored) {
		try (Jdbc.Batch insert = new Jdbc.Batch(c,
				"INSERT INTO resolve_link (rule, score, reason, refusal, record_a, record_b) VALUES (?, ?, ?, ?, ?, ?)");
				Jdbc.Batch update = new Jdbc.Batch(c, """
						UPDATE resolve_link SET rule = ?, score = ?, reason = ?, refusal = ?
						WHERE record_a = ? AND record_b = ?""");
				Jdbc.Batch delete = new Jdbc.Batch(c, "DELETE FROM resolve_link WHERE record_a = ? AND record_b = ?")) {
			for (MergeDecision d : resolution.decisions()) {
				store(stored, d, null, d.reason(), insert, update);
			}
			for (MergeDecision d : resolution.refused()) {
				int cut = d.reason().indexOf(REFUSAL);
				store(stored, d, (cut < 0) ? "refused" : d.reason().substring(0, cut),
						(cut < 0) ? d.reason() : d.reason().substring(cut + REFUSAL.length()), insert, update);
			}
			if (full) {
				for (RecordPair gone : stored.keySet()) {
					delete.add(gone.first(), gone.second());
				}
			}
			return insert.rows() + update.rows() + delete.rows();
		}
	}

	/**
	 * Queues the link's insert or update, unless it is stored as it is; takes it from
	 * {@code stored}.
	 */
	private static void store(Map<RecordPair, StoredLink> stored, MergeDecision d, String refusal, String reason,
			Jdbc.Batch insert, Jdbc.Batch update) {
		StoredLink row = new StoredLink(d.rule().name(), d.score(), Jdbc.cut(reason, 1000), Jdbc.cut(refusal, 1000));
		StoredLink before = stored.remove(RecordPair.of(d.recordA(), d.recordB()));
		if (before == null) {
			insert.add(row.rule(), row.score(), row.reason(), row.refusal(), d.recordA(), d.recordB());
		}
		else if (!row.equals(before)) {
			update.add(row.rule(), row.score(), row.reason(), row.refusal(), d.recordA(), d.recordB());
		}
	}

}
