package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.util.Optional;

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.extract.ExtractedEntry;

/**
 * Paper rows and their keys: lookup, insert, and merge of two papers into one.
 */
final class PaperStore {

	private PaperStore() {
	}

	static Optional<String> paperFor(Connection c, DedupeKey key) {
		return Jdbc.first(c, "SELECT paper_id FROM paper_key WHERE key_kind = ? AND key_value = ?",
				rs -> rs.getString(1), key.kind(), key.value());
	}

	/** The id of a paper that a record was taken out into. */
	static String idFor(String seed) {
		return DedupeKey.paperIdOf(seed);
	}

	/**
	 * Whether an operator said that a record of one paper is never the same paper as a
	 * record of the other.
	 */
	static boolean neverMerge(Connection c, String paperA, String paperB) {
		return Jdbc.count(c,
				"""
						SELECT COUNT(*) FROM resolve_override o
						JOIN appearance a ON a.record_id = o.record_a JOIN appearance b ON b.record_id = o.record_b
						WHERE o.kind = 'never' AND ((a.paper_id = ? AND b.paper_id = ?) OR (a.paper_id = ? AND b.paper_id = ?))""",
				paperA, paperB, paperB, paperA) > 0;
	}

	/**
	 * Whether an operator said a record is never the same paper as any record of the
	 * paper: then the record must not join it, whatever key they share.
	 */
	static boolean setApart(Connection c, String recordId, String paperId) {
		return Jdbc.count(c, """
				SELECT COUNT(*) FROM resolve_override o JOIN appearance a
				  ON (a.record_id = o.record_b AND o.record_a = ?) OR (a.record_id = o.record_a AND o.record_b = ?)
				WHERE o.kind = 'never' AND a.paper_id = ?""", recordId, recordId, paperId) > 0;
	}

	/**
	 * The id of a new paper a record makes: the id a correction gave it before (so a
	 * rebuild names the paper the same), else its key's, else one derived from the record
	 * that no paper has.
	 */
	static String newPaperId(Connection c, String recordId, String keyId) {
		return newPaperId(c, recordId, keyId, true);
	}

	/**
	 * As {@link #newPaperId(Connection, String, String)}; {@code pins} false says the
	 * catalog pins no record to a paper id (no correction did), so none is looked up.
	 */
	static String newPaperId(Connection c, String recordId, String keyId, boolean pins) {
		String pinned = !pins ? null
				: Jdbc
					.first(c, "SELECT paper_id FROM record_paper WHERE record_id = ?", rs -> rs.getString(1), recordId)
					.orElse(null);
		if (pinned != null && !exists(c, pinned)) {
			return pinned;
		}
		if (keyId != null && !exists(c, keyId)) {
			return keyId;
		}
		String id = idFor("record:" + recordId);
		for (int n = 2; exists(c, id); n++) {
			id = idFor("record:" + recordId + "#" + n);
		}
		return id;
	}

	private static boolean exists(Connection c, String paperId) {
		return Jdbc.count(c, "SELECT COUNT(*) FROM paper WHERE paper_id = ?", paperId) > 0;
	}

	/** The papers, seen first first (ties by id): the first survives a merge. */
	static java.util.List<String> inOrderSeen(Connection c, java.util.Collection<String> ids) {
		java.util.Map<String, java.time.LocalDate> firstSeen = new java.util.HashMap<>();
		for (String paper : ids) {
			Jdbc.query(c, "SELECT first_seen FROM paper WHERE paper_id = ?",
					rs -> firstSeen.put(paper, Jdbc.date(rs, "first_seen")), paper);
		}
		java.util.List<String> papers = new java.util.ArrayList<>(ids);
		papers.sort(java.util.Comparator
			.comparing((String id) -> firstSeen.get(id),
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
			.thenComparing(java.util.Comparator.naturalOrder()));
		return papers;
	}

	/** A key no paper holds, now the paper's. */
	static void insertKey(Connection c, String paperId, DedupeKey key) {
		Jdbc.update(c, "INSERT INTO paper_key (key_kind, key_value, paper_id) VALUES (?, ?, ?)", key.kind(),
				key.value(), paperId);
	}

	static void addKey(Connection c, String paperId, DedupeKey key) {
		Jdbc.update(c,
				"""
						MERGE INTO paper_key k
						USING (VALUES (CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(300)), CAST(? AS VARCHAR(20))))
						      AS v (key_kind, key_value, paper_id)
						ON k.key_kind = v.key_kind AND k.key_value = v.key_value
						WHEN NOT MATCHED THEN INSERT (key_kind, key_value, paper_id) VALUES (v.key_kind, v.key_value, v.paper_id)
						""",
				key.kind(), key.value(), paperId);
	}

	/**
	 * Folds {@code merged} into {@code survivor}: keys, links, mentions, appearances and
	 * artifacts move over. The caller then refreshes the survivor's fields from its
	 * records ({@link PaperProjection#refresh}).
	 */
	static void merge(Connection c, String survivor, String merged, String reason) {
		Jdbc.update(c, "DELETE FROM paper_field_source WHERE paper_id = ?", merged);
		Jdbc.update(c, "UPDATE paper_key SET paper_id = ? WHERE paper_id = ?", survivor, merged);
		Jdbc.update(c, """
				INSERT INTO paper_link (paper_id, url, kind, host, repository, raw_url, origin)
				SELECT ?, l.url, l.kind, l.host, l.repository, l.raw_url, l.origin FROM paper_link l
				WHERE l.paper_id = ? AND l.url NOT IN (SELECT s.url FROM paper_link s WHERE s.paper_id = ?)""",
				survivor, merged, survivor);
		Jdbc.update(c, "DELETE FROM paper_link WHERE paper_id = ?", merged);
		Jdbc.update(c, """
				INSERT INTO paper_mention (paper_id, mention_kind, mention)
				SELECT ?, m.mention_kind, m.mention FROM paper_mention m
				WHERE m.paper_id = ? AND NOT EXISTS (SELECT 1 FROM paper_mention s WHERE s.paper_id = ?
				    AND s.mention_kind = m.mention_kind AND s.mention = m.mention)""", survivor, merged, survivor);
		Jdbc.update(c, "DELETE FROM paper_mention WHERE paper_id = ?", merged);
		Jdbc.update(c, "UPDATE appearance SET paper_id = ? WHERE paper_id = ?", survivor, merged);
		Jdbc.update(c,
				"""
						DELETE FROM artifact WHERE paper_id = ? AND url IN (SELECT s.url FROM artifact s WHERE s.paper_id = ?)""",
				merged, survivor);
		Jdbc.update(c, "UPDATE artifact SET paper_id = ? WHERE paper_id = ?", survivor, merged);
		Jdbc.update(c, """
				DELETE FROM merge_decision WHERE survivor_id = ?
				  AND merged_id IN (SELECT s.merged_id FROM merge_decision s WHERE s.survivor_id = ?)""", merged,
				survivor);
		Jdbc.update(c, "UPDATE merge_decision SET survivor_id = ? WHERE survivor_id = ?", survivor, merged);
		Jdbc.update(c, "DELETE FROM paper WHERE paper_id = ?", merged);
		// the same two ids met before (a record taken out, then merged back): the newest
		// reason
		Jdbc.update(c, "DELETE FROM merge_decision WHERE survivor_id = ? AND merged_id = ?", survivor, merged);
		Jdbc.update(c, "INSERT INTO merge_decision (survivor_id, merged_id, reason) VALUES (?, ?, ?)", survivor, merged,
				Jdbc.cut(reason, 1000));
	}

	static PaperRow rowOf(ExtractedEntry e) {
		var entry = e.entry();
		var details = entry.details();
		String authors = entry.authors().isEmpty() ? null : Jdbc.cut(String.join("; ", entry.authors()), 16000);
		String abstractText = entry.abstractText().isBlank() ? null : Jdbc.cut(entry.abstractText(), 65536);
		return new PaperRow(abstractText, authors, (entry.arxivId() != null) ? entry.arxivId().id() : null,
				(entry.arxivId() != null && entry.arxivId().hasVersion()) ? entry.arxivId().version() : null,
				(entry.doi() != null) ? entry.doi().value() : null, entry.digest().date(), entry.digest().date(),
				details.published(), joined(details.categories(), " ", 1000), Jdbc.cut(details.comments(), 4000),
				Jdbc.cut(details.journalRef(), 1000), joined(details.keywords(), "; ", 4000));
	}

	private static String joined(java.util.List<String> values, String separator, int max) {
		return values.isEmpty() ? null : Jdbc.cut(String.join(separator, values), max);
	}

}
