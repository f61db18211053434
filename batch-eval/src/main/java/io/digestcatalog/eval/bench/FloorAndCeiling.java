package io.digestcatalog.eval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.hsqldb.jdbc.JDBCDataSource;

import io.digestcatalog.core.catalog.CatalogSchema;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;

/**
 * The bounds a loader is measured against, on the same inputs and machine: the floor,
 * every input read and parsed and nothing else (hash, sniff, parse, as ingest does them),
 * and the database ceiling, plain JDBC batch inserts into a fresh catalog of the same
 * kind (HSQLDB file database, the catalog's own schema and settings), timed apart from
 * producing the rows. The ceiling is taken two ways: the rows every loader must write for
 * an entry (its digest, a paper, the appearance with its record fields:
 * {@link #ceiling}), and every row the loader actually left in the catalog (keys, links,
 * mentions, field sources, resolution links: {@link #catalogRows}).
 */
final class FloorAndCeiling {

	private FloorAndCeiling() {
	}

	/**
	 * A bound.
	 *
	 * @param entries entries handled
	 * @param millis time spent on them
	 */
	record Bound(long entries, long millis) {

		double perSecond() {
			return (this.millis == 0) ? 0 : this.entries * 1000.0 / this.millis;
		}

	}

	/** Reads and parses every digest under {@code corpus}. */
	static Bound floor(Path corpus) {
		long started = System.nanoTime();
		long[] entries = { 0 };
		forEachEntry(corpus, e -> entries[0]++, null);
		return new Bound(entries[0], (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Inserts the rows of every entry under {@code corpus} into a new catalog in
	 * {@code dir}.
	 */
	static Bound ceiling(Path corpus, Path dir) {
		JDBCDataSource dataSource = dataSource(dir);
		CatalogSchema.migrate(dataSource);
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			Inserts inserts = new Inserts(c);
			forEachEntry(corpus, e -> {
			}, inserts::digest);
			inserts.flush();
			try (Statement s = c.createStatement()) {
				s.execute("SHUTDOWN");
			}
			return new Bound(inserts.entries, inserts.nanos / 1_000_000);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("ceiling: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Rows inserted and time spent on them.
	 *
	 * @param rows rows inserted
	 * @param millis time spent binding, batching and committing them (not reading them)
	 */
	record Rows(long rows, long millis) {

	}

	/**
	 * Inserts every row of the catalog a job left in {@code dataDir} (its current
	 * generation: every table of {@link CatalogSnapshot#TABLES}) into a new catalog in
	 * {@code dir} by plain JDBC batches: the least the database can take to hold exactly
	 * what the loader wrote, with none of the loader's reads, lookups and updates.
	 */
	static Rows catalogRows(Path dataDir, Path dir) {
		JDBCDataSource target = dataSource(dir);
		CatalogSchema.migrate(target);
		String url = "jdbc:hsqldb:file:" + dataDir.resolve("catalog") + ";readonly=true;shutdown=true";
		try (Connection from = java.sql.DriverManager.getConnection(url, "SA", "");
				Connection to = target.getConnection()) {
			String schema = io.digestcatalog.core.catalog.CatalogGenerations.currentSchema(from)
				.orElseThrow(() -> new IllegalStateException(dataDir + " holds no current catalog generation"));
			to.setAutoCommit(false);
			long rows = 0;
			long nanos = 0;
			for (String table : io.digestcatalog.core.catalog.CatalogSnapshot.TABLES) {
				Pages pages = new Pages(from, schema, table);
				List<String> names = pages.columns();
				int columns = names.size();
				long started = System.nanoTime();
				try (PreparedStatement insert = to.prepareStatement("INSERT INTO " + table + " ("
						+ String.join(", ", names) + ") VALUES (" + "?, ".repeat(columns - 1) + "?)")) {
					nanos += System.nanoTime() - started;
					int pending = 0;
					for (List<Object[]> page = pages.next(); !page.isEmpty(); page = pages.next()) {
						for (Object[] values : page) {
							started = System.nanoTime();
							for (int i = 0; i < columns; i++) {
								insert.setObject(i + 1, values[i]);
							}
							insert.addBatch();
							rows++;
							if (++pending == 1000) {
								insert.executeBatch();
								to.commit();
								pending = 0;
							}
							nanos += System.nanoTime() - started;
						}
					}
					if (pending > 0) {
						started = System.nanoTime();
						insert.executeBatch();
						to.commit();
						nanos += System.nanoTime() - started;
					}
				}
			}
			try (Statement st = from.createStatement()) {
				st.execute("SHUTDOWN");
			}
			long started = System.nanoTime();
			try (Statement st = to.createStatement()) {
				st.execute("SHUTDOWN");
			}
			nanos += System.nanoTime() - started;
			return new Rows(rows, nanos / 1_000_000);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("ceiling of the catalog's rows: " + ex.getMessage(), ex);
		}
	}

	private static JDBCDataSource dataSource(Path dir) {
		JDBCDataSource dataSource = new JDBCDataSource();
		// the catalog's own settings (config/application.yml)
		dataSource.setUrl("jdbc:hsqldb:file:" + dir.resolve("catalog")
				+ ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.nio_data_file=false;hsqldb.cache_size=100000;hsqldb.cache_rows=200000;sql.pad_space=false;shutdown=true");
		dataSource.setUser("SA");
		dataSource.setPassword("");
		return dataSource;
	}

	/** The rows of one digest at a time, batched, and the time spent inserting them. */
	private static final class Inserts {

		private final Connection c;

		private final PreparedStatement digest;

		private final PreparedStatement paper;

		private final PreparedStatement appearance;

		private long entries;

		private long nanos;

		private long paperNo;

		Inserts(Connection c) throws SQLException {
			this.c = c;
			this.digest = c.prepareStatement("""
					INSERT INTO digest (digest_sha, location, format, digest_date, entry_count, completed)
					VALUES (?, ?, ?, ?, ?, TRUE)""");
			this.paper = c.prepareStatement("""
					INSERT INTO paper (paper_id, title, normalized_title, abstract_text, authors, arxiv_id, first_seen,
					    last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
			this.appearance = c.prepareStatement("""
					INSERT INTO appearance (digest_sha, ordinal, paper_id, line_no, title_as_seen, matched_by, authors,
					    abstract_text, arxiv_id, record_id) VALUES (?, ?, ?, ?, ?, 'new', ?, ?, ?, ?)""");
		}

		void digest(DigestFile file, String format, String sha, List<DigestEntry> entries) {
			try {
				long started = System.nanoTime();
				this.digest.setString(1, sha);
				this.digest.setString(2, file.location());
				this.digest.setString(3, format);
				this.digest.setDate(4, entries.isEmpty() || entries.get(0).digest().date() == null ? null
						: Date.valueOf(entries.get(0).digest().date()));
				this.digest.setInt(5, entries.size());
				this.digest.executeUpdate();
				for (DigestEntry e : entries) {
					String paperId = "P" + (++this.paperNo);
					String authors = String.join("; ", e.authors());
					String arxiv = (e.arxivId() != null) ? e.arxivId().id() : null;
					Date day = (e.digest().date() != null) ? Date.valueOf(e.digest().date()) : null;
					this.paper.setString(1, paperId);
					this.paper.setString(2, e.title());
					this.paper.setString(3, e.title().toLowerCase(java.util.Locale.ROOT));
					this.paper.setString(4, e.abstractText());
					this.paper.setString(5, authors);
					this.paper.setString(6, arxiv);
					this.paper.setDate(7, day);
					this.paper.setDate(8, day);
					this.paper.addBatch();
					this.appearance.setString(1, sha);
					this.appearance.setLong(2, e.ordinal());
					this.appearance.setString(3, paperId);
					this.appearance.setLong(4, e.line());
					this.appearance.setString(5, e.title());
					this.appearance.setString(6, authors);
					this.appearance.setString(7, e.abstractText());
					this.appearance.setString(8, arxiv);
					this.appearance.setString(9, sha.substring(0, 16) + ":" + e.ordinal());
					this.appearance.addBatch();
				}
				if (!entries.isEmpty()) {
					this.paper.executeBatch();
					this.appearance.executeBatch();
				}
				this.c.commit();
				this.entries += entries.size();
				this.nanos += System.nanoTime() - started;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("ceiling: " + ex.getMessage(), ex);
			}
		}

		void flush() throws SQLException {
			this.c.commit();
		}

	}

	/** What the ceiling inserts a digest at a time. */
	@FunctionalInterface
	interface DigestRows {

		void digest(DigestFile file, String format, String sha, List<DigestEntry> entries);

	}

	private static void forEachEntry(Path corpus, Consumer<DigestEntry> each, DigestRows perDigest) {
		DigestFormats formats = DigestFormats.standard();
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
				DigestFile file = new DigestFile(path, formats, null);
				String sha = file.sha256();
				DigestParser parser = file.parser().orElse(null);
				if (parser == null) {
					continue;
				}
				List<DigestEntry> entries = (perDigest != null) ? new java.util.ArrayList<>() : null;
				try (DigestItemStream items = file.open(parser, null, ZoneOffset.UTC, sha)) {
					for (DigestItem item = items.next(); item != null; item = items.next()) {
						if (item instanceof DigestEntry e) {
							each.accept(e);
							if (entries != null) {
								entries.add(e);
							}
						}
					}
				}
				if (perDigest != null) {
					perDigest.digest(file, parser.format(), sha, entries);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + corpus, ex);
		}
	}

	/**
	 * A table's rows read a page at a time along its primary key: HSQLDB holds a whole
	 * result in memory, and a million-record catalog's appearances do not fit in the
	 * heap. The reading is not timed, only the inserts.
	 */
	private static final class Pages {

		private static final int SIZE = 5000;

		private final Connection c;

		private final String from;

		private final List<String> key = new java.util.ArrayList<>();

		private final List<String> columns = new java.util.ArrayList<>();

		private Object[] last;

		private boolean done;

		Pages(Connection c, String schema, String table) throws SQLException {
			this.c = c;
			this.from = io.digestcatalog.core.catalog.CatalogGenerations.quoted(schema) + "." + table;
			java.sql.DatabaseMetaData md = c.getMetaData();
			java.util.SortedMap<Integer, String> keyColumns = new java.util.TreeMap<>();
			try (ResultSet rs = md.getPrimaryKeys(null, schema, table.toUpperCase(java.util.Locale.ROOT))) {
				while (rs.next()) {
					keyColumns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
				}
			}
			if (keyColumns.isEmpty()) {
				throw new IllegalStateException(table + " has no primary key to read it by");
			}
			this.key.addAll(keyColumns.values());
			try (Statement st = c.createStatement();
					ResultSet rs = st.executeQuery("SELECT * FROM " + this.from + " WHERE 1 = 0")) {
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					this.columns.add(rs.getMetaData().getColumnName(i));
				}
			}
		}

		List<String> columns() {
			return this.columns;
		}

		/** The next page, empty at the end. */
		List<Object[]> next() throws SQLException {
			if (this.done) {
				return List.of();
			}
			String order = String.join(", ", this.key);
			// after the last key: c1 > ? OR (c1 = ? AND c2 > ?) OR ..., each parameter
			// beside its column (HSQLDB types no parameter of a row value); the first key
			// column's bound lets the planner start the key index there
			List<Object> params = new java.util.ArrayList<>();
			StringBuilder after = new StringBuilder();
			if (this.last != null) {
				after.append(" WHERE ").append(this.key.get(0)).append(" >= ? AND (");
				params.add(this.last[0]);
				for (int i = 0; i < this.key.size(); i++) {
					after.append((i > 0) ? " OR (" : "(");
					for (int j = 0; j < i; j++) {
						after.append(this.key.get(j)).append(" = ? AND ");
						params.add(this.last[j]);
					}
					after.append(this.key.get(i)).append(" > ?)");
					params.add(this.last[i]);
				}
				after.append(")");
			}
			List<Object[]> page = new java.util.ArrayList<>(SIZE);
			try (PreparedStatement ps = this.c.prepareStatement("SELECT * FROM " + this.from + after + " ORDER BY "
					+ order + " FETCH FIRST " + SIZE + " ROWS ONLY")) {
				for (int i = 0; i < params.size(); i++) {
					ps.setObject(i + 1, params.get(i));
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						Object[] values = new Object[this.columns.size()];
						for (int i = 0; i < values.length; i++) {
							values[i] = rs.getObject(i + 1);
						}
						page.add(values);
						Object[] keyValues = new Object[this.key.size()];
						for (int i = 0; i < keyValues.length; i++) {
							keyValues[i] = rs.getObject(this.key.get(i));
						}
						this.last = keyValues;
					}
				}
			}
			this.done = page.size() < SIZE;
			return page;
		}

	}

}
