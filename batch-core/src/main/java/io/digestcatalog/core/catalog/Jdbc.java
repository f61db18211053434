package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small helpers over plain JDBC, so the catalog code reads as SQL and not as plumbing.
 */
final class Jdbc {

	@FunctionalInterface
	interface RowMapper<T> {

		T map(ResultSet rs) throws SQLException;

	}

	/**
	 * Prepared statements kept per physical connection: HSQLDB compiles a statement each
	 * time it is prepared (closing it frees the compiled form), which cost more than
	 * running the statement when the writer prepared each of its statements once per
	 * entry. Keyed by the pool's physical connection, so that they outlive a transaction,
	 * and by the connection's schema; those of closed connections are dropped.
	 */
	private static final Map<Connection, Map<String, Cached>> STATEMENTS = new IdentityHashMap<>();

	/** A statement and whether a caller holds it now (then a nested use gets its own). */
	private static final class Cached {

		private final PreparedStatement ps;

		private boolean busy;

		Cached(PreparedStatement ps) {
			this.ps = ps;
		}

	}

	/** A prepared statement lent to one use: given back, or closed if not cached. */
	private record Lease(PreparedStatement ps, Cached cached) implements AutoCloseable {

		@Override
		public void close() throws SQLException {
			if (this.cached == null) {
				this.ps.close();
				return;
			}
			this.ps.clearParameters();
			synchronized (this.cached) {
				this.cached.busy = false;
			}
		}

	}

	private Jdbc() {
	}

	private static Lease lease(Connection c, String sql) throws SQLException {
		Connection physical = physical(c);
		Map<String, Cached> statements;
		synchronized (STATEMENTS) {
			statements = STATEMENTS.get(physical);
			if (statements == null) {
				STATEMENTS.keySet().removeIf(Jdbc::closed);
				statements = new ConcurrentHashMap<>();
				STATEMENTS.put(physical, statements);
			}
		}
		String key = key(physical, sql);
		Cached cached = statements.get(key);
		if (cached == null || cached.ps.isClosed()) {
			cached = new Cached(physical.prepareStatement(sql));
			statements.put(key, cached);
		}
		synchronized (cached) {
			if (cached.busy) {
				return new Lease(physical.prepareStatement(sql), null);
			}
			cached.busy = true;
		}
		return new Lease(cached.ps, cached);
	}

	/** The pool's physical connection behind {@code c}: the cache's key. */
	private static Connection physical(Connection c) throws SQLException {
		return c.isWrapperFor(Connection.class) ? c.unwrap(Connection.class) : c;
	}

	/**
	 * A statement's key in its connection's cache: a statement names its tables in the
	 * schema current when it was compiled, and a catalog generation is a schema of its
	 * own.
	 */
	private static String key(Connection physical, String sql) throws SQLException {
		return physical.getSchema() + '\u0000' + sql;
	}

	private static boolean closed(Connection c) {
		try {
			return c.isClosed();
		}
		catch (SQLException ex) {
			return true;
		}
	}

	/** What runs on a lent statement. */
	@FunctionalInterface
	private interface Work<T> {

		T on(PreparedStatement ps) throws SQLException;

	}

	/**
	 * Runs {@code work} on the cached statement for {@code sql}. HSQLDB drops a compiled
	 * statement it cannot recompile after a schema change (a trigger created or dropped
	 * on a table it names, for one), and then says it "is invalid" (error 1252) without
	 * having run it: the statement is prepared again and run once more.
	 */
	private static <T> T leased(Connection c, String sql, Work<T> work) throws SQLException {
		for (int attempt = 1;; attempt++) {
			try (Lease lease = lease(c, sql)) {
				return work.on(lease.ps());
			}
			catch (SQLException ex) {
				if (attempt > 1 || Math.abs(ex.getErrorCode()) != INVALID_STATEMENT) {
					throw ex;
				}
				forget(c, sql);
			}
		}
	}

	/** HSQLDB's "statement is invalid" (SQL state 07502). */
	private static final int INVALID_STATEMENT = 1252;

	private static void forget(Connection c, String sql) throws SQLException {
		Connection physical = physical(c);
		Map<String, Cached> statements;
		synchronized (STATEMENTS) {
			statements = STATEMENTS.get(physical);
		}
		Cached cached = (statements != null) ? statements.remove(key(physical, sql)) : null;
		if (cached != null) {
			cached.ps.close();
		}
	}

	static int update(Connection c, String sql, Object... params) {
		try {
			return leased(c, sql, ps -> {
				bind(ps, params);
				return ps.executeUpdate();
			});
		}
		catch (SQLException ex) {
			throw new CatalogException("catalog update failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * One statement run for many rows, sent a thousand rows at a time: a million updates
	 * without a million round trips.
	 */
	static final class Batch implements AutoCloseable {

		private static final int SIZE = 1000;

		private final PreparedStatement ps;

		private int pending;

		private int rows;

		Batch(Connection c, String sql) {
			try {
				this.ps = c.prepareStatement(sql);
			}
			catch (SQLException ex) {
				throw new CatalogException("catalog update failed: " + ex.getMessage(), ex);
			}
		}

		void add(Object... params) {
			try {
				bind(this.ps, params);
				this.ps.addBatch();
				this.rows++;
				if (++this.pending == SIZE) {
					flush();
				}
			}
			catch (SQLException ex) {
				throw new CatalogException("catalog update failed: " + ex.getMessage(), ex);
			}
		}

		/** Sends the rows added since the last send. */
		void flush() {
			if (this.pending > 0) {
				try {
					this.ps.executeBatch();
				}
				catch (SQLException ex) {
					throw new CatalogException("catalog update failed: " + ex.getMessage(), ex);
				}
				this.pending = 0;
			}
		}

		/** Rows added so far. */
		int rows() {
			return this.rows;
		}

		@Override
		public void close() {
			try (this.ps) {
				flush();
			}
			catch (SQLException ex) {
				throw new CatalogException("catalog update failed: " + ex.getMessage(), ex);
			}
		}

	}

	/**
	 * Rows written later than asked, one {@link Batch} per statement: for rows nothing
	 * reads before {@link #flush}, sent in order of statement first used. Closing without
	 * a flush (on a failure) drops what is pending.
	 */
	static final class Batches implements AutoCloseable {

		private final Connection c;

		private final Map<String, Batch> batches = new LinkedHashMap<>();

		Batches(Connection c) {
			this.c = c;
		}

		void add(String sql, Object... params) {
			this.batches.computeIfAbsent(sql, s -> new Batch(this.c, s)).add(params);
		}

		/** Sends every pending row, so that what follows reads it. */
		void flush() {
			this.batches.values().forEach(Batch::flush);
		}

		@Override
		public void close() {
			for (Batch b : this.batches.values()) {
				try {
					b.ps.close();
				}
				catch (SQLException ex) {
					// closing a statement of a connection in use: nothing is lost
				}
			}
			this.batches.clear();
		}

	}

	static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) {
		try {
			return leased(c, sql, ps -> {
				bind(ps, params);
				try (ResultSet rs = ps.executeQuery()) {
					List<T> rows = new ArrayList<>();
					while (rs.next()) {
						rows.add(mapper.map(rs));
					}
					return rows;
				}
			});
		}
		catch (SQLException ex) {
			throw new CatalogException("catalog query failed: " + ex.getMessage(), ex);
		}
	}

	/** The first row's value; empty when there is no row or its value is null. */
	static <T> Optional<T> first(Connection c, String sql, RowMapper<T> mapper, Object... params) {
		List<T> rows = query(c, sql, mapper, params);
		return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
	}

	static long count(Connection c, String sql, Object... params) {
		return first(c, sql, rs -> rs.getLong(1), params).orElse(0L);
	}

	static void bind(PreparedStatement ps, Object... params) throws SQLException {
		for (int i = 0; i < params.length; i++) {
			Object p = params[i];
			if (p == null) {
				// no type: the server takes the column's (PostgreSQL refuses a VARCHAR
				// null
				// for an INTEGER column; HSQLDB ignores the type)
				ps.setNull(i + 1, Types.NULL);
			}
			else if (p instanceof LocalDate date) {
				ps.setObject(i + 1, date);
			}
			else {
				ps.setObject(i + 1, p);
			}
		}
	}

	static String cut(String s, int max) {
		return (s == null || s.length() <= max) ? s : s.substring(0, max);
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
