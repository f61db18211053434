package io.digestcatalog.core.catalog;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * One writing run at a time over one catalog database, whichever process or host runs it:
 * a lease row in the shared schema. The holder renews the lease while it runs; a holder
 * that died stops renewing, and its lease runs out. On the same host a holder whose
 * process is gone is taken over at once. Times are the database's, so hosts need not
 * agree on the clock.
 */
public final class RunLock {

	private static final String TABLE = CatalogGenerations.SHARED_SCHEMA + ".run_lock";

	private static final String NAME = "catalog";

	private static final String HOST = hostName();

	private final DataSource dataSource;

	private final Duration lease;

	/**
	 * @param lease how long a holder that stopped renewing keeps the lock; renewed every
	 * third of it
	 */
	public RunLock(DataSource dataSource, Duration lease) {
		this.dataSource = dataSource;
		this.lease = lease;
	}

	/**
	 * Takes the lock for a run, or says who has it.
	 * @param command what the run is, for whoever finds the lock taken
	 * @param onLost called if the lease is ever lost while held (the process was
	 * suspended past its lease and another took the lock)
	 * @throws RunLockHeldException when a live holder has it
	 */
	public Lease acquire(String command, Runnable onLost) {
		String id = UUID.randomUUID().toString();
		try (Connection c = this.dataSource.getConnection()) {
			Optional<Holder> holder = holder(c);
			String takeOver = holder.filter(h -> !h.alive()).map(Holder::id).orElse(null);
			if (holder.isPresent() && holder.get().alive()) {
				throw new RunLockHeldException(holder.get());
			}
			int taken = Jdbc.update(c,
					"UPDATE " + TABLE + " SET holder = ?, host = ?, pid = ?, command = ?, "
							+ "job_execution_id = NULL, acquired_at = LOCALTIMESTAMP, renewed_at = LOCALTIMESTAMP, "
							+ "lease_until = LOCALTIMESTAMP + CAST(? AS INTEGER) * INTERVAL '1' SECOND "
							+ "WHERE lock_name = ? AND (holder IS NULL OR lease_until < LOCALTIMESTAMP OR holder = ?)",
					id, HOST, ProcessHandle.current().pid(), Jdbc.cut(command, 200), leaseSeconds(), NAME, takeOver);
			if (taken == 0) {
				// another process took it between our look and our update
				throw new RunLockHeldException(holder(c).orElseThrow());
			}
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot take the run lock: " + ex.getMessage(), ex);
		}
		return new Lease(id, onLost);
	}

	/** Who holds the lock now, alive or not; empty when nobody does. */
	public Optional<Holder> holder() {
		try (Connection c = this.dataSource.getConnection()) {
			return holder(c);
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read the run lock: " + ex.getMessage(), ex);
		}
	}

	private Optional<Holder> holder(Connection c) {
		return Jdbc.first(c,
				"SELECT holder, host, pid, command, job_execution_id, acquired_at, renewed_at, "
						+ "CASE WHEN lease_until >= LOCALTIMESTAMP THEN 1 ELSE 0 END FROM " + TABLE
						+ " WHERE lock_name = ? AND holder IS NOT NULL",
				rs -> {
					String host = rs.getString(2);
					long pid = rs.getLong(3);
					boolean leased = rs.getInt(8) == 1;
					boolean gone = HOST.equals(host) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
					return new Holder(rs.getString(1), host, pid, rs.getString(4), rs.getObject(5, Long.class),
							instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), leased && !gone);
				}, NAME);
	}

	private int leaseSeconds() {
		return (int) Math.max(3, this.lease.toSeconds());
	}

	private static Instant instant(Timestamp t) {
		return (t != null) ? t.toInstant() : null;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	/**
	 * Who holds the lock.
	 *
	 * @param id the lease's id
	 * @param host the holder's host
	 * @param pid the holder's process id
	 * @param command what it runs
	 * @param jobExecutionId the job execution it runs, once known, or {@code null}
	 * @param acquiredAt when it took the lock
	 * @param renewedAt when it last renewed the lease
	 * @param alive whether its lease holds and, on this host, its process lives
	 */
	public record Holder(String id, String host, long pid, String command, Long jobExecutionId, Instant acquiredAt,
			Instant renewedAt, boolean alive) {

		/**
		 * The holder in words, e.g.
		 * {@code digestcat rebuild (execution 12, pid 4242 on h1)}.
		 */
		public String describe() {
			return this.command + " ("
					+ ((this.jobExecutionId != null) ? "execution " + this.jobExecutionId + ", " : "") + "pid "
					+ this.pid + " on " + this.host + ", since " + this.acquiredAt + ")";
		}

	}

	/** The lock, held: renewed in the background until closed. */
	public final class Lease implements AutoCloseable {

		private final String id;

		private final ScheduledExecutorService renewer;

		private volatile boolean lost;

		private Lease(String id, Runnable onLost) {
			this.id = id;
			this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread t = new Thread(r, "run-lock-renewer");
				t.setDaemon(true);
				return t;
			});
			long every = Math.max(1000, RunLock.this.lease.toMillis() / 3);
			this.renewer.scheduleWithFixedDelay(() -> {
				if (!renew() && !this.lost) {
					this.lost = true;
					onLost.run();
				}
			}, every, every, TimeUnit.MILLISECONDS);
		}

		/** Records the job execution the run is, so operators see it beside the lock. */
		public void attach(long jobExecutionId) {
			update("UPDATE " + TABLE + " SET job_execution_id = ? WHERE lock_name = ? AND holder = ?", jobExecutionId,
					NAME, this.id);
		}

		/** Whether the lease ran out and another took the lock. */
		public boolean lost() {
			return this.lost;
		}

		boolean renew() {
			try {
				return update(
						"UPDATE " + TABLE + " SET renewed_at = LOCALTIMESTAMP, lease_until = LOCALTIMESTAMP + "
								+ "CAST(? AS INTEGER) * INTERVAL '1' SECOND WHERE lock_name = ? AND holder = ?",
						leaseSeconds(), NAME, this.id) == 1;
			}
			catch (CatalogException ex) {
				// the database is away for a moment: the lease may still hold next time
				return true;
			}
		}

		@Override
		public void close() {
			this.renewer.shutdownNow();
			update("UPDATE " + TABLE + " SET holder = NULL, host = NULL, pid = NULL, command = NULL, "
					+ "job_execution_id = NULL, acquired_at = NULL, renewed_at = NULL, lease_until = NULL "
					+ "WHERE lock_name = ? AND holder = ?", NAME, this.id);
		}

		private int update(String sql, Object... params) {
			try (Connection c = RunLock.this.dataSource.getConnection()) {
				return Jdbc.update(c, sql, params);
			}
			catch (SQLException ex) {
				throw new CatalogException("cannot update the run lock: " + ex.getMessage(), ex);
			}
		}

	}

}
