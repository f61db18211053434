package io.digestcatalog.core.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run lock's lease on a real HSQLDB file. */
class RunLockTests {

	@TempDir
	Path dir;

	private DataSource ds;

	@BeforeEach
	void database() {
		if (PostgresTestServer.chosen()) {
			this.ds = PostgresTestServer.newDatabase().dataSource();
		}
		else {
			JDBCDataSource file = new JDBCDataSource();
			file.setUrl("jdbc:hsqldb:file:" + this.dir.resolve("cat") + ";hsqldb.tx=mvcc;shutdown=true");
			file.setUser("SA");
			file.setPassword("");
			this.ds = file;
		}
		Flyway.configure().dataSource(this.ds).locations("classpath:db/migration/shared").load().migrate();
	}

	@Test
	void aSecondRunIsRefusedWithTheHolderUntilTheFirstReleases() {
		RunLock lock = new RunLock(this.ds, Duration.ofSeconds(30));
		try (RunLock.Lease lease = lock.acquire("digestcat rebuild", () -> {
		})) {
			lease.attach(12);
			assertThatThrownBy(() -> lock.acquire("digestcat ingest", () -> {
			})).isInstanceOfSatisfying(RunLockHeldException.class, ex -> {
				assertThat(ex.holder().command()).isEqualTo("digestcat rebuild");
				assertThat(ex.holder().jobExecutionId()).isEqualTo(12);
				assertThat(ex.holder().pid()).isEqualTo(ProcessHandle.current().pid());
				assertThat(ex.holder().alive()).isTrue();
				assertThat(ex.getMessage()).contains("execution 12");
			});
		}
		assertThat(lock.holder()).isEmpty();
		lock.acquire("digestcat ingest", () -> {
		}).close();
	}

	@Test
	void aHolderWhoseProcessIsGoneIsTakenOverAtOnce() throws Exception {
		RunLock lock = new RunLock(this.ds, Duration.ofMinutes(10));
		RunLock.Lease stale = lock.acquire("digestcat daemon", () -> {
		});
		// the holder's process died: a pid no process has
		try (Connection c = this.ds.getConnection()) {
			c.createStatement().executeUpdate("UPDATE PUBLIC.run_lock SET pid = 2147483000");
		}
		assertThat(lock.holder()).hasValueSatisfying(h -> assertThat(h.alive()).isFalse());

		try (RunLock.Lease taken = lock.acquire("digestcat jobs restart", () -> {
		})) {
			assertThat(lock.holder())
				.hasValueSatisfying(h -> assertThat(h.command()).isEqualTo("digestcat jobs restart"));
			// the dead holder's release does not free the new holder's lock
			stale.close();
			assertThat(lock.holder()).isPresent();
		}
	}

	@Test
	void aLeaseThatRanOutIsTakenOverAndItsHolderLearnsItLostIt() throws Exception {
		AtomicBoolean lost = new AtomicBoolean();
		RunLock shortLease = new RunLock(this.ds, Duration.ofSeconds(3));
		RunLock.Lease first = shortLease.acquire("digestcat rebuild", () -> lost.set(true));
		// another host holds it, and stopped renewing long ago
		try (Connection c = this.ds.getConnection()) {
			c.createStatement()
				.executeUpdate("UPDATE PUBLIC.run_lock SET host = 'elsewhere', "
						+ "lease_until = LOCALTIMESTAMP - INTERVAL '1' SECOND");
		}
		RunLock.Lease second = shortLease.acquire("digestcat ingest", () -> {
		});
		long deadline = System.currentTimeMillis() + 5000;
		while (!lost.get() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(lost).isTrue();
		assertThat(first.lost()).isTrue();
		first.close();
		second.close();
	}

}
