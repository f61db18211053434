package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small helpers over plain JDBC, so the catalog code reads as SQL and not as plumbing.
 */
final class Jdbc {

	@FunctionalInterface
	interface RowMapper<T> {

		T map(ResultSet rs) throws SQLException;

	}

	private Jdbc() {
	}

	static int update(Connection c, String sql, Object... params) {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
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
		try (PreparedStatement ps = c.prepareStatement(sql)) {
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
