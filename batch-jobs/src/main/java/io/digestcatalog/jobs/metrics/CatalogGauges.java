package io.digestcatalog.jobs.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

import io.digestcatalog.core.catalog.CatalogGenerations;

/**
 * What the catalog and its jobs are now, as gauges read when a scrape or a push asks: the
 * current generation and its size, and per job the time of its last success and last
 * failure (epoch seconds), how long its last successful run took and how long the run
 * going on in this process has been going. Database answers are kept for a few seconds,
 * so a scrape every few seconds costs no more than one look.
 */
public class CatalogGauges {

	/** Jobs whose outcomes are gauged, by their {@code job.name} tag. */
	static final List<String> JOBS = List.of("ingest", "rebuild", "resolve");

	private static final long KEEP_MILLIS = 10_000;

	private final DataSource dataSource;

	private final Supplier<Map<String, Long>> running;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	/**
	 * @param running the job executions this process runs now: job name to start time
	 * (epoch millis)
	 */
	public CatalogGauges(MeterRegistry registry, DataSource dataSource, Supplier<Map<String, Long>> running) {
		this.dataSource = dataSource;
		this.running = running;
		for (String table : List.of("papers:paper", "records:appearance", "links:paper_link", "artifacts:artifact")) {
			String name = table.substring(0, table.indexOf(':'));
			String sql = "SELECT COUNT(*) FROM " + table.substring(table.indexOf(':') + 1);
			Gauge.builder("digestcat.catalog." + name, () -> number(name, sql))
				.description("Rows of the current catalog generation: " + name)
				.register(registry);
		}
		Gauge
			.builder("digestcat.catalog.generation",
					() -> number("generation",
							"SELECT generation_id FROM " + CatalogGenerations.SHARED_SCHEMA
									+ ".catalog_generation WHERE is_current = TRUE"))
			.description("The catalog generation readers see")
			.register(registry);
		for (String job : JOBS) {
			TimeGauge.builder("digestcat.job.last.success", () -> epoch(job, "COMPLETED", "END_TIME"), TimeUnit.SECONDS)
				.description("When the job last completed (epoch seconds; 0: never)")
				.tag("job.name", job)
				.register(registry);
			TimeGauge.builder("digestcat.job.last.failure", () -> epoch(job, "FAILED", "END_TIME"), TimeUnit.SECONDS)
				.description("When the job last failed (epoch seconds; 0: never)")
				.tag("job.name", job)
				.register(registry);
			TimeGauge.builder("digestcat.job.last.duration", () -> lastDuration(job), TimeUnit.SECONDS)
				.description("How long the job's last completed run took")
				.tag("job.name", job)
				.register(registry);
			TimeGauge.builder("digestcat.job.running", () -> runningFor(job), TimeUnit.SECONDS)
				.description("How long the job's run in this process has been going (0: none)")
				.tag("job.name", job)
				.register(registry);
		}
	}

	private double epoch(String job, String status, String column) {
		return number(job + ":" + status,
				"SELECT MAX(e." + column + ") FROM PUBLIC.BATCH_JOB_EXECUTION e "
						+ "JOIN PUBLIC.BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
						+ "WHERE i.JOB_NAME = '" + job + "' AND e.STATUS = '" + status + "'");
	}

	private double lastDuration(String job) {
		return number(job + ":duration", "SELECT e.START_TIME, e.END_TIME FROM PUBLIC.BATCH_JOB_EXECUTION e "
				+ "JOIN PUBLIC.BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID " + "WHERE i.JOB_NAME = '"
				+ job + "' AND e.STATUS = 'COMPLETED' ORDER BY e.END_TIME DESC " + "FETCH FIRST 1 ROWS ONLY");
	}

	private double runningFor(String job) {
		Long since = this.running.get().get(job);
		return (since != null) ? (System.currentTimeMillis() - since) / 1000.0 : 0;
	}

	/** A number the database answers, kept for a few seconds; NaN when it cannot say. */
	private double number(String key, String sql) {
		Cached c = this.cache.get(key);
		long now = System.currentTimeMillis();
		if (c != null && now - c.at < KEEP_MILLIS) {
			return c.value;
		}
		double value = query(sql);
		this.cache.put(key, new Cached(value, now));
		return value;
	}

	private double query(String sql) {
		try (Connection c = this.dataSource.getConnection();
				PreparedStatement ps = c.prepareStatement(sql);
				ResultSet rs = ps.executeQuery()) {
			if (!rs.next()) {
				return 0;
			}
			Object first = rs.getObject(1);
			if (rs.getMetaData().getColumnCount() == 2) {
				Timestamp start = rs.getTimestamp(1);
				Timestamp end = rs.getTimestamp(2);
				return (start != null && end != null)
						? Duration.between(start.toInstant(), end.toInstant()).toMillis() / 1000.0 : 0;
			}
			if (first instanceof Timestamp t) {
				return t.getTime() / 1000.0;
			}
			if (first instanceof java.time.LocalDateTime t) {
				return Timestamp.valueOf(t).getTime() / 1000.0;
			}
			return (first instanceof Number n) ? n.doubleValue() : 0;
		}
		catch (SQLException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	private record Cached(double value, long at) {

	}

}
