package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Every row of every catalog table, in a stable order: what "the same catalog" means when
 * a restarted run is compared with a clean one, or a rerun with the run before it.
 */
public final class CatalogSnapshot {

	/** The catalog's tables, in dependency order. */
	public static final List<String> TABLES = List.of("digest", "paper", "paper_key", "paper_link", "paper_mention",
			"appearance", "record_resolution", "appearance_link", "appearance_mention", "merge_decision", "quarantine",
			"paper_field_source", "artifact", "resolve_link", "resolve_override", "record_paper");

	/**
	 * Wall-clock columns (when a row was written, not what the catalog says), the load
	 * sequence (its gaps depend on chunks rolled back, its order is what counts) and the
	 * resolution index's bookkeeping (which epoch and batch resolved a record; the
	 * clusters and links are the same whatever the batches were).
	 */
	static final java.util.Set<String> CLOCK_COLUMNS = java.util.Set.of("fetched_at", "created_at", "decided_at",
			"load_seq", "resolve_epoch", "resolve_no");

	private CatalogSnapshot() {
	}

	/**
	 * Table name to its rows, each row rendered as {@code col=value|col=value…}, sorted.
	 */
	public static Map<String, List<String>> of(DataSource dataSource) {
		return of(dataSource, null);
	}

	/**
	 * The snapshot of one generation's schema; {@code null} for the current generation
	 * (or the connection's schema, in a database without generations).
	 */
	public static Map<String, List<String>> of(DataSource dataSource, String schema) {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			String pointed = (schema != null) ? schema : currentOrNull(c);
			if (pointed != null) {
				c.setSchema(pointed);
			}
			for (String table : TABLES) {
				List<String> rows = new ArrayList<>();
				try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
					ResultSetMetaData md = rs.getMetaData();
					while (rs.next()) {
						StringBuilder row = new StringBuilder();
						for (int i = 1; i <= md.getColumnCount(); i++) {
							if (CLOCK_COLUMNS.contains(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT))) {
								continue;
							}
							row.append(i > 1 ? "|" : "")
								.append(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT))
								.append('=')
								.append(rs.getString(i));
						}
						rows.add(row.toString());
					}
				}
				rows.sort(null);
				tables.put(table, rows);
			}
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read the catalog: " + ex.getMessage(), ex);
		}
		return tables;
	}

	private static String currentOrNull(Connection c) {
		try {
			return CatalogGenerations.currentSchema(c).orElse(null);
		}
		catch (SQLException ex) {
			// a database without generations: the connection's own schema
			return null;
		}
	}

}
