package io.digestcatalog.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

import io.digestcatalog.core.catalog.PostgresTestServer;

/**
 * The catalog database a test runs against: an HSQLDB file in the test's folder, or, when
 * the tests run with {@code -Ddigestcat.test.database=postgresql} (the {@code postgres}
 * executions of {@code mvn verify}), a new database of its own on the PostgreSQL server
 * that {@code DIGESTCAT_TEST_POSTGRES_URL} names ({@code .ci/postgres} starts one).
 * Without that server the PostgreSQL runs are skipped with a message, except in CI
 * ({@code CI} set), where they fail.
 */
public final class TestDatabase {

	private final String url;

	private final String user;

	private final String password;

	private final boolean postgres;

	private TestDatabase(String url, String user, String password, boolean postgres) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.postgres = postgres;
	}

	/** Whether this run's tests use PostgreSQL. */
	public static boolean postgres() {
		return PostgresTestServer.chosen();
	}

	/**
	 * A new, empty catalog database: an HSQLDB file under {@code dir}, or a new database
	 * on the PostgreSQL server.
	 */
	public static TestDatabase create(Path dir) {
		return postgres() ? onPostgres()
				: new TestDatabase(IngestTestApplication.fileDatabaseUrl(dir), "SA", "", false);
	}

	/**
	 * Points a context of the CLI at the catalog of {@code dataDir}: there, as the CLI's
	 * defaults put it, or in a new PostgreSQL database.
	 */
	public static TestDatabase registerCatalog(DynamicPropertyRegistry registry, Path dataDir) {
		registry.add("digestcat.data-dir", dataDir::toString);
		if (!postgres()) {
			return new TestDatabase("jdbc:hsqldb:file:" + dataDir.resolve("catalog") + ";shutdown=true", "SA", "",
					false);
		}
		TestDatabase database = onPostgres();
		database.register(registry);
		return database;
	}

	/**
	 * A new database on the PostgreSQL server, whatever this run's choice: for tests that
	 * are about PostgreSQL. Skipped where no server is named, failing in CI.
	 */
	public static TestDatabase postgresDatabase() {
		if (System.getenv("DIGESTCAT_TEST_POSTGRES_URL") == null && System.getenv("CI") == null) {
			org.junit.jupiter.api.Assumptions
				.abort("PostgreSQL test skipped: DIGESTCAT_TEST_POSTGRES_URL is not set (eval \"$(.ci/postgres)\" "
						+ "starts a server on 127.0.0.1)");
		}
		return onPostgres();
	}

	private static TestDatabase onPostgres() {
		PostgresTestServer.Database database = PostgresTestServer.newDatabase();
		return new TestDatabase(database.url(), database.user(), database.password(), true);
	}

	public boolean isPostgres() {
		return this.postgres;
	}

	public String url() {
		return this.url;
	}

	/**
	 * The Spring properties that point a context at this database: its URL and account,
	 * and on PostgreSQL the shared schema by its folded name.
	 */
	public Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", this.url);
		properties.put("spring.datasource.username", this.user);
		properties.put("spring.datasource.password", this.password);
		if (this.postgres) {
			properties.put("spring.flyway.default-schema", "public");
			properties.put("spring.batch.jdbc.table-prefix", "public.BATCH_");
		}
		return properties;
	}

	/**
	 * The same as command-line options of the {@code digestcat} jar; on PostgreSQL with
	 * the shipped {@code postgres} profile on, as an operator runs it.
	 */
	public java.util.List<String> options() {
		java.util.List<String> options = new java.util.ArrayList<>();
		if (this.postgres) {
			options.add("--spring.profiles.active=postgres");
		}
		properties().forEach((key, value) -> options.add("--" + key + "=" + value));
		return options;
	}

	public void register(DynamicPropertyRegistry registry) {
		properties().forEach((key, value) -> registry.add(key, () -> value));
	}

	/**
	 * Makes every insert into {@code table} of a row that {@code condition} holds for
	 * (written of {@code newrow}, e.g. {@code newrow.ordinal = 3}) fail with "injected
	 * failure", as a trigger of the database.
	 */
	public void failInserts(org.springframework.jdbc.core.JdbcTemplate jdbc, String table, String condition) {
		fail(jdbc, "INSERT", table, condition);
	}

	/** The same for updates that leave a row {@code condition} holds for. */
	public void failUpdates(org.springframework.jdbc.core.JdbcTemplate jdbc, String table, String condition) {
		fail(jdbc, "UPDATE", table, condition);
	}

	private void fail(org.springframework.jdbc.core.JdbcTemplate jdbc, String event, String table, String condition) {
		if (this.postgres) {
			jdbc.execute("CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF "
					+ condition.replace("newrow.", "NEW.")
					+ " THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$");
			jdbc.execute("CREATE TRIGGER inject_failure BEFORE " + event + " ON " + table
					+ " FOR EACH ROW EXECUTE FUNCTION inject_failure()");
		}
		else {
			jdbc.execute("CREATE TRIGGER inject_failure BEFORE " + event + " ON " + table
					+ " REFERENCING NEW ROW AS newrow FOR EACH ROW WHEN (" + condition
					+ ") SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'");
		}
	}

	/** Takes {@link #failInserts} or {@link #failUpdates} back. */
	public void stopFailing(org.springframework.jdbc.core.JdbcTemplate jdbc, String table) {
		if (this.postgres) {
			jdbc.execute("DROP TRIGGER inject_failure ON " + table);
			jdbc.execute("DROP FUNCTION inject_failure()");
		}
		else {
			jdbc.execute("DROP TRIGGER inject_failure");
		}
	}

	/** A plain data source on it, for checks from the test. */
	public DataSource dataSource() {
		return new DriverManagerDataSource(this.url, this.user, this.password);
	}

}
