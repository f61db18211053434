package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
		Connection physical = c.isWrapperFor(Connection.class) ? c.unwrap(Connection.class) : c;
		Map<String, Cached> statements;
		synchronized (STATEMENTS) {
			statements = STATEMENTS.get(physical);
			if (statements == null) {
				STATEMENTS.keySet().removeIf(Jdbc::closed);
				statements = new ConcurrentHashMap<>();
				STATEMENTS.put(physical, statements);
			}
		}
		// a statement names its tables in the schema current when it was compiled, and
		// a catalog generation is a schema of its own
		String key = physical.getSchema() + '\u0000' + sql;
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

	private static boolean closed(Connection c) {
		try {
			return c.isClosed();
		}
		catch (SQLException ex) {
			return true;
		}
	}

	static int update(Connection c, String sql, Object... params) {
		try (Lease lease = lease(c, sql)) {
			PreparedStatement ps = lease.ps();
			bind(ps, params);
			return ps.executeUpdate();
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

		private void flush() throws SQLException {
			if (this.pending > 0) {
				this.ps.executeBatch();
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

	static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) {
		try (Lease lease = lease(c, sql)) {
			PreparedStatement ps = lease.ps();
			bind(ps, params);
			try (ResultSet rs = ps.executeQuery()) {
				List<T> rows = new ArrayList<>();
				while (rs.next()) {
					rows.add(mapper.map(rs));
				}
				return rows;
			}
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
				ps.setNull(i + 1, Types.VARCHAR);
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
