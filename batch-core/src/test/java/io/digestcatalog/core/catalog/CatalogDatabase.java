package io.digestcatalog.core.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;

import io.digestcatalog.core.extract.ExtractedEntry;

/**
 * A real catalog database, migrated, with one connection kept for writing: an HSQLDB file
 * in a test folder, or a new database on the PostgreSQL server when the tests run there
 * ({@link PostgresTestServer}).
 */
final class CatalogDatabase implements AutoCloseable {

	static final List<String> TABLES = CatalogSnapshot.TABLES;

	private final DataSource dataSource;

	private final Connection connection;

	private final Path dir;

	private CatalogDatabase(DataSource dataSource, Path dir) throws SQLException {
		this.dataSource = dataSource;
		this.dir = dir;
		this.connection = dataSource.getConnection();
		this.connection.setAutoCommit(false);
	}

	static CatalogDatabase in(Path dir) throws SQLException {
		if (PostgresTestServer.chosen()) {
			DataSource dataSource = PostgresTestServer.newDatabase().dataSource();
			CatalogSchema.migrate(dataSource);
			return new CatalogDatabase(dataSource, dir);
		}
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource
			.setUrl("jdbc:hsqldb:file:" + dir.resolve("cat") + ";hsqldb.tx=mvcc;sql.pad_space=false;shutdown=true");
		dataSource.setUser("SA");
		dataSource.setPassword("");
		CatalogSchema.migrate(dataSource);
		return new CatalogDatabase(dataSource, dir);
	}

	/** Where the resolution keeps its key files, beside the database. */
	Path indexDir() {
		return this.dir.resolve("resolve-index");
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	Connection connection() {
		return this.connection;
	}

	/** Writes the entries in one transaction, as a chunk of the ingest would. */
	WriteCounts write(long loadingInstance, List<ExtractedEntry> entries) throws SQLException {
		WriteCounts counts = new CatalogWriter(loadingInstance).write(this.connection, entries);
		this.connection.commit();
		return counts;
	}

	long count(String table) throws SQLException {
		return ((Number) rows("SELECT COUNT(*) FROM " + table).get(0).get(0)).longValue();
	}

	/** Every row of the query, each as its column values. */
	List<List<Object>> rows(String sql, Object... params) throws SQLException {
		try (PreparedStatement ps = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				ps.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = ps.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				List<List<Object>> rows = new ArrayList<>();
				while (rs.next()) {
					List<Object> row = new ArrayList<>(columns);
					for (int i = 1; i <= columns; i++) {
						row.add(rs.getObject(i));
					}
					rows.add(row);
				}
				return rows;
			}
		}
	}

	/** One column of the query's rows. */
	List<Object> column(String sql, Object... params) throws SQLException {
		return rows(sql, params).stream().map(row -> row.get(0)).toList();
	}

	/**
	 * Every row of every catalog table, in a stable order, to compare two states of the
	 * catalog.
	 */
	/** Every table's rows, wall-clock columns left out (as {@link CatalogSnapshot}). */
	Map<String, List<List<Object>>> dump() throws SQLException {
		Map<String, List<List<Object>>> dump = new LinkedHashMap<>();
		for (String table : TABLES) {
			List<String> columns = new java.util.ArrayList<>();
			try (PreparedStatement ps = this.connection.prepareStatement("SELECT * FROM " + table)) {
				var meta = ps.getMetaData();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					String name = meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
					if (!CatalogSnapshot.CLOCK_COLUMNS.contains(name)) {
						columns.add(name);
					}
				}
			}
			String list = String.join(", ", columns);
			dump.put(table, rows("SELECT " + list + " FROM " + table + " ORDER BY " + list));
		}
		return dump;
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
