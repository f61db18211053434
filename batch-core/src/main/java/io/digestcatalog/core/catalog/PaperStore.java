package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.util.Optional;

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.extract.ExtractedEntry;

/**
 * Paper rows and their keys: lookup, insert, enrichment and merge of two papers into one.
 */
final class PaperStore {

	private static final String SELECT_ROW = """
			SELECT abstract_text, authors, arxiv_id, arxiv_version, doi, first_seen, last_seen,
			       published_on, categories, comments, journal_ref, keywords
			FROM paper WHERE paper_id = ?""";

	private PaperStore() {
	}

	static Optional<String> paperFor(Connection c, DedupeKey key) {
		return Jdbc.first(c, "SELECT paper_id FROM paper_key WHERE key_kind = ? AND key_value = ?",
				rs -> rs.getString(1), key.kind(), key.value());
	}

	static void insert(Connection c, String paperId, ExtractedEntry e) {
		PaperRow row = rowOf(e);
		insertRow(c, paperId, e, row);
		recordSources(c, paperId, null, row, "digest:" + e.entry().digest().format());
	}

	private static void insertRow(Connection c, String paperId, ExtractedEntry e, PaperRow row) {
		Jdbc.update(c, """
				INSERT INTO paper (paper_id, title, normalized_title, abstract_text, authors, arxiv_id,
				                   arxiv_version, doi, first_seen, last_seen, published_on, categories, comments,
				                   journal_ref, keywords)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", paperId, Jdbc.cut(e.entry().title(), 2000),
				Jdbc.cut(e.title().value(), 2000), row.abstractText(), row.authors(), row.arxivId(), row.arxivVersion(),
				row.doi(), row.firstSeen(), row.lastSeen(), row.publishedOn(), row.categories(), row.comments(),
				row.journalRef(), row.keywords());
	}

	/**
	 * Fills the paper's gaps; true when the row changed.
	 * @param source what gave the new values (e.g. {@code digest:hf-json}, {@code pdf}),
	 * or {@code null} when the caller records sources itself
	 */
	static boolean enrich(Connection c, String paperId, PaperRow with, String source) {
		PaperRow current = row(c, paperId);
		PaperRow enriched = current.enrichedBy(with);
		if (enriched.equals(current)) {
			return false;
		}
		if (source != null) {
			recordSources(c, paperId, current, enriched, source);
		}
		Jdbc.update(c, """
				UPDATE paper SET abstract_text = ?, authors = ?, arxiv_id = ?, arxiv_version = ?, doi = ?,
				                 first_seen = ?, last_seen = ?, published_on = ?, categories = ?, comments = ?,
				                 journal_ref = ?, keywords = ?
				WHERE paper_id = ?""", enriched.abstractText(), enriched.authors(), enriched.arxivId(),
				enriched.arxivVersion(), enriched.doi(), enriched.firstSeen(), enriched.lastSeen(),
				enriched.publishedOn(), enriched.categories(), enriched.comments(), enriched.journalRef(),
				enriched.keywords(), paperId);
		return true;
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
	 * Folds {@code merged} into {@code survivor}: keys, links, mentions and appearances
	 * move over.
	 */
	static void merge(Connection c, String survivor, String merged, String reason) {
		enrich(c, survivor, row(c, merged), null);
		// the survivor keeps its own sources; fields it lacked come with their source
		Jdbc.update(c, """
				UPDATE paper_field_source SET paper_id = ? WHERE paper_id = ? AND field NOT IN
				    (SELECT s.field FROM paper_field_source s WHERE s.paper_id = ?)""", survivor, merged, survivor);
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
		Jdbc.update(c, "UPDATE merge_decision SET survivor_id = ? WHERE survivor_id = ?", survivor, merged);
		Jdbc.update(c, "DELETE FROM paper WHERE paper_id = ?", merged);
		Jdbc.update(c, "INSERT INTO merge_decision (survivor_id, merged_id, reason) VALUES (?, ?, ?)", survivor, merged,
				Jdbc.cut(reason, 1000));
	}

	/**
	 * Records the source of every field that {@code after} has and {@code before} lacked.
	 */
	private static void recordSources(Connection c, String paperId, PaperRow before, PaperRow after, String source) {
		var old = (before != null) ? before.fields() : java.util.Map.<String, Object>of();
		after.fields().forEach((field, value) -> {
			if (value != null && old.get(field) == null) {
				Jdbc.update(c, """
						MERGE INTO paper_field_source s
						USING (VALUES (CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(40))))
						      AS v (paper_id, field, source)
						ON s.paper_id = v.paper_id AND s.field = v.field
						WHEN MATCHED THEN UPDATE SET source = v.source
						WHEN NOT MATCHED THEN INSERT (paper_id, field, source) VALUES (v.paper_id, v.field, v.source)
						""", paperId, field, Jdbc.cut(source, 40));
			}
		});
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

	private static PaperRow row(Connection c, String paperId) {
		return Jdbc
			.first(c, SELECT_ROW,
					rs -> new PaperRow(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
							rs.getString(5), Jdbc.date(rs, "first_seen"), Jdbc.date(rs, "last_seen"),
							Jdbc.date(rs, "published_on"), rs.getString(9), rs.getString(10), rs.getString(11),
							rs.getString(12)),
					paperId)
			.orElseThrow(() -> new IllegalStateException("no paper " + paperId));
	}

}
