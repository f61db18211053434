package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The first generation of a catalog: empty for a new catalog, or the tables of a catalog
 * made before generations (in the shared schema) moved into it. Safe to repeat after a
 * crash: the old tables are dropped only once the generation is recorded.
 */
final class LegacyCatalog {

	private static final System.Logger log = System.getLogger(LegacyCatalog.class.getName());

	private final DataSource dataSource;

	LegacyCatalog(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void adoptInto(CatalogGenerations generations) {
		String schema = CatalogGenerations.schemaOf(1);
		try (Connection c = this.dataSource.getConnection()) {
			boolean legacy = tableExists(c, CatalogGenerations.SHARED_SCHEMA, "paper");
			// a copy a crash interrupted starts again
			Jdbc.update(c, "DROP SCHEMA IF EXISTS " + CatalogGenerations.quoted(schema) + " CASCADE");
			generations.migrate(schema);
			if (legacy) {
				log.log(System.Logger.Level.INFO,
						"moving the catalog into generation 1 (once, for catalogs made before generations)");
				copy(c, schema);
			}
			generations.registerFirst(1);
			if (legacy) {
				dropLegacy(c);
			}
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot create the first catalog generation: " + ex.getMessage(), ex);
		}
	}

	private static void copy(Connection c, String schema) throws SQLException {
		boolean autoCommit = c.getAutoCommit();
		c.setAutoCommit(false);
		try {
			for (String table : CatalogSnapshot.TABLES) {
				if (!tableExists(c, CatalogGenerations.SHARED_SCHEMA, table)) {
					continue;
				}
				// the columns both have: a column a later migration moved elsewhere stays
				// behind
				List<String> kept = columns(c, CatalogGenerations.SHARED_SCHEMA, table);
				kept.retainAll(columns(c, schema, table));
				String columns = String.join(", ", kept);
				Jdbc.update(c, "INSERT INTO " + CatalogGenerations.quoted(schema) + "." + table + " (" + columns
						+ ") SELECT " + columns + " FROM " + CatalogGenerations.SHARED_SCHEMA + "." + table);
			}
			// records without a resolution row (the old catalog kept it in the
			// appearance)
			// are pending: the next resolve step resolves them again, to the same
			// clusters
			String s = CatalogGenerations.quoted(schema) + ".";
			Jdbc.update(c,
					"INSERT INTO " + s + "record_resolution (record_id) SELECT a.record_id FROM " + s
							+ "appearance a WHERE NOT EXISTS (SELECT 1 FROM " + s
							+ "record_resolution r WHERE r.record_id = a.record_id)");
			c.commit();
		}
		catch (RuntimeException | SQLException ex) {
			c.rollback();
			throw ex;
		}
		finally {
			c.setAutoCommit(autoCommit);
		}
	}

	private static void dropLegacy(Connection c) throws SQLException {
		List<String> tables = new ArrayList<>(CatalogSnapshot.TABLES);
		java.util.Collections.reverse(tables);
		for (String table : tables) {
			if (tableExists(c, CatalogGenerations.SHARED_SCHEMA, table)) {
				Jdbc.update(c, "DROP TABLE " + CatalogGenerations.SHARED_SCHEMA + "." + table + " CASCADE");
			}
		}
	}

	static boolean tableExists(Connection c, String schema, String table) throws SQLException {
		DatabaseMetaData md = c.getMetaData();
		try (ResultSet rs = md.getTables(null, identifier(md, schema), identifier(md, table),
				new String[] { "TABLE" })) {
			return rs.next();
		}
	}

	private static List<String> columns(Connection c, String schema, String table) throws SQLException {
		DatabaseMetaData md = c.getMetaData();
		List<String> columns = new ArrayList<>();
		try (ResultSet rs = md.getColumns(null, identifier(md, schema), identifier(md, table), null)) {
			while (rs.next()) {
				columns.add(rs.getString("COLUMN_NAME"));
			}
		}
		return columns;
	}

	/** An unquoted name as the database stores it. */
	private static String identifier(DatabaseMetaData md, String name) throws SQLException {
		return md.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
	}

}
