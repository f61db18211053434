package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the tests run against a second time: chosen with
 * {@code -Ddigestcat.test.database=postgresql} (the {@code postgres} test executions of
 * {@code mvn verify}) and named by {@code DIGESTCAT_TEST_POSTGRES_URL} (its maintenance
 * database; {@code .ci/postgres} starts one and prints it). Every test catalog is a new
 * database of its own there.
 */
public final class PostgresTestServer {

	/** The system property that chooses the tests' database. */
	public static final String PROPERTY = "digestcat.test.database";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private PostgresTestServer() {
	}

	/**
	 * One test database.
	 *
	 * @param url its JDBC URL
	 * @param user the account
	 * @param password its password
	 */
	public record Database(String url, String user, String password) {

		public DataSource dataSource() {
			PGSimpleDataSource ds = new PGSimpleDataSource();
			ds.setUrl(this.url);
			ds.setUser(this.user);
			ds.setPassword(this.password);
			return ds;
		}

	}

	/** Whether this run's tests use PostgreSQL. */
	public static boolean chosen() {
		return "postgresql".equals(System.getProperty(PROPERTY, "hsqldb").toLowerCase(Locale.ROOT));
	}

	/**
	 * Why this run's tests cannot run, or null when they can: PostgreSQL is chosen and no
	 * server is named.
	 */
	public static String unavailable() {
		if (!chosen() || System.getenv("DIGESTCAT_TEST_POSTGRES_URL") != null) {
			return null;
		}
		return "PostgreSQL runs skipped: DIGESTCAT_TEST_POSTGRES_URL is not set (eval \"$(.ci/postgres)\" starts a "
				+ "server on 127.0.0.1)";
	}

	/** A new, empty database on the server. */
	public static Database newDatabase() {
		String server = System.getenv("DIGESTCAT_TEST_POSTGRES_URL");
		if (server == null) {
			throw new IllegalStateException("the tests run on PostgreSQL (-D" + PROPERTY
					+ "=postgresql) but DIGESTCAT_TEST_POSTGRES_URL is not set: eval \"$(.ci/postgres)\"");
		}
		String user = System.getenv().getOrDefault("DIGESTCAT_TEST_POSTGRES_USER", "digestcat");
		String password = System.getenv().getOrDefault("DIGESTCAT_TEST_POSTGRES_PASSWORD", "");
		String name = "digestcat_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100_000_000
				+ "_" + SEQUENCE.incrementAndGet();
		try (Connection c = DriverManager.getConnection(server, user, password); Statement st = c.createStatement()) {
			st.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot make a test database on " + server + ": " + ex.getMessage(), ex);
		}
		return new Database(server.substring(0, server.lastIndexOf('/') + 1) + name, user, password);
	}

}
