package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/** Read-only questions an operator asks of the catalog. */
public final class CatalogQueries {

	private final DataSource dataSource;

	public CatalogQueries(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public CatalogStats stats() {
		try (Connection c = this.dataSource.getConnection()) {
			Map<String, Long> byKind = new LinkedHashMap<>();
			Jdbc.query(c, "SELECT kind, COUNT(*) FROM paper_link GROUP BY kind ORDER BY kind",
					rs -> byKind.put(rs.getString(1), rs.getLong(2)));
			return new CatalogStats(Jdbc.count(c, "SELECT COUNT(*) FROM paper"),
					Jdbc.count(c, "SELECT COUNT(*) FROM paper WHERE arxiv_id IS NOT NULL"),
					Jdbc.count(c, "SELECT COUNT(*) FROM paper WHERE doi IS NOT NULL"),
					Jdbc.count(c, "SELECT COUNT(*) FROM digest"), Jdbc.count(c, "SELECT COUNT(*) FROM appearance"),
					Jdbc.count(c, "SELECT COUNT(*) FROM paper_link"), byKind,
					Jdbc.count(c, "SELECT COUNT(*) FROM merge_decision"),
					Jdbc.count(c, "SELECT COUNT(*) FROM quarantine"));
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read catalog stats: " + ex.getMessage(), ex);
		}
	}

	/** Papers whose title or abstract contains every word, most recently seen first. */
	public List<PaperSummary> search(List<String> words, int limit) {
		StringBuilder sql = new StringBuilder("""
				SELECT p.paper_id, p.title, p.arxiv_id, p.doi, p.first_seen, p.last_seen,
				       (SELECT COUNT(*) FROM appearance a WHERE a.paper_id = p.paper_id) AS seen
				FROM paper p WHERE 1 = 1""");
		List<Object> params = new ArrayList<>();
		for (String word : words) {
			if (word.isBlank()) {
				continue;
			}
			String like = "%"
					+ word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			sql.append(" AND (LOWER(p.title) LIKE ? ESCAPE '\\' OR LOWER(p.abstract_text) LIKE ? ESCAPE '\\'"
					+ " OR LOWER(p.arxiv_id) = ? OR LOWER(p.doi) = ?)");
			params.add(like);
			params.add(like);
			params.add(word.toLowerCase(Locale.ROOT));
			params.add(word.toLowerCase(Locale.ROOT));
		}
		sql.append(" ORDER BY p.last_seen DESC, p.title, p.paper_id FETCH FIRST ")
			.append(Math.max(1, limit))
			.append(" ROWS ONLY");
		try (Connection c = this.dataSource.getConnection()) {
			return Jdbc.query(
					c, sql.toString(), rs -> new PaperSummary(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), Jdbc.date(rs, "first_seen"), Jdbc.date(rs, "last_seen"), rs.getLong(7)),
					params.toArray());
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot search the catalog: " + ex.getMessage(), ex);
		}
	}

	/**
	 * An operator's correction as stored.
	 *
	 * @param kind {@code never} or {@code always}
	 * @param recordA the smaller record id
	 * @param recordB the larger record id
	 * @param reason the command and the operator's words
	 * @param createdAt when (ISO instant)
	 */
	public record StoredCorrection(String kind, String recordA, String recordB, String reason, String createdAt) {

	}

	/**
	 * Every correction stored by {@code catalog unmerge} and {@code catalog merge},
	 * oldest first. They name records, whose ids derive from the digests' bytes, so they
	 * can be carried into configuration and hold in a catalog rebuilt from the same
	 * digests.
	 */
	public List<StoredCorrection> corrections() {
		try (Connection c = this.dataSource.getConnection()) {
			return Jdbc.query(c,
					"SELECT kind, record_a, record_b, reason, created_at FROM resolve_override "
							+ "ORDER BY created_at, record_a, record_b",
					rs -> new StoredCorrection(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getTimestamp(5).toInstant().toString()));
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read the catalog: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A paper with its provenance and merge reasons, by its id or arXiv id; empty when
	 * there is none.
	 */
	public java.util.Optional<PaperDetail> show(String idOrArxiv) {
		try (Connection c = this.dataSource.getConnection()) {
			java.util.Optional<String> id = Jdbc.first(c,
					"SELECT paper_id FROM paper WHERE paper_id = ? OR arxiv_id = ? OR LOWER(doi) = LOWER(?)",
					rs -> rs.getString(1), idOrArxiv, idOrArxiv, idOrArxiv);
			if (id.isEmpty()) {
				return java.util.Optional.empty();
			}
			PaperRecord[] found = new PaperRecord[1];
			new CatalogExporter(this.dataSource).forOne(id.get(), r -> found[0] = r);
			Map<String, String> sources = new LinkedHashMap<>();
			Jdbc.query(c, "SELECT field, source FROM paper_field_source WHERE paper_id = ? ORDER BY field",
					rs -> sources.put(rs.getString(1), rs.getString(2)), id.get());
			List<PaperDetail.Merge> merges = Jdbc.query(c,
					"SELECT merged_id, reason, decided_at FROM merge_decision WHERE survivor_id = ? ORDER BY merged_id",
					rs -> new PaperDetail.Merge(rs.getString(1), rs.getString(2),
							(rs.getTimestamp(3) != null) ? rs.getTimestamp(3).toInstant().toString() : null),
					id.get());
			List<PaperDetail.Correction> corrections = Jdbc.query(c, """
					SELECT o.kind, a.record_id, b.record_id, b.paper_id, o.reason, o.created_at
					FROM resolve_override o
					JOIN appearance a ON a.record_id IN (o.record_a, o.record_b)
					JOIN appearance b ON b.record_id IN (o.record_a, o.record_b) AND b.record_id <> a.record_id
					WHERE a.paper_id = ? ORDER BY a.record_id, b.record_id""",
					rs -> new PaperDetail.Correction(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getTimestamp(6).toInstant().toString()),
					id.get());
			return java.util.Optional.of(new PaperDetail(found[0], sources, merges, corrections));
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read the catalog: " + ex.getMessage(), ex);
		}
	}

}
