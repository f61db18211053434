package io.digestcatalog.cli.daemon;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * The daemon ({@code digestcat.daemon.*}): what it runs when, and where it answers.
 *
 * @param address the address its HTTP endpoints (health; later metrics and the console)
 * listen on; loopback unless configured
 * @param port their port
 * @param databasePort where it serves the embedded catalog database to other digestcat
 * processes, on 127.0.0.1; 0 for any free port (written to the catalog's owner file)
 * @param zone the zone its cron expressions are read in
 * @param schedule the jobs it runs
 */
@ConfigurationProperties("digestcat.daemon")
public record DaemonProperties(@DefaultValue("127.0.0.1") String address, @DefaultValue("8086") int port,
		@DefaultValue("0") int databasePort, @DefaultValue("UTC") ZoneId zone, List<Schedule> schedule) {

	public DaemonProperties {
		schedule = (schedule != null) ? List.copyOf(schedule) : List.of();
	}

	/**
	 * One scheduled job.
	 *
	 * @param name what logs and health call it, e.g. {@code nightly-rebuild}
	 * @param job {@code rebuild} or {@code ingest}
	 * @param cron a Spring cron expression (six fields, seconds first, or a macro such as
	 * {@code @daily})
	 * @param sources for {@code ingest}: the files, folders, globs and URLs to read
	 * @param include for {@code ingest}: in folders, only files matching these globs
	 * @param exclude for {@code ingest}: in folders, pass over files matching these
	 * @param artifacts whether the run fetches papers' PDFs
	 */
	public record Schedule(String name, String job, String cron, List<String> sources, List<String> include,
			List<String> exclude, @DefaultValue("true") boolean artifacts) {

		public Schedule {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("digestcat.daemon.schedule: every entry needs a name");
			}
			if (!"rebuild".equals(job) && !"ingest".equals(job)) {
				throw new IllegalArgumentException(
						"digestcat.daemon.schedule " + name + ": job must be rebuild or " + "ingest, not " + job);
			}
			if (cron == null || !CronExpression.isValidExpression(cron)) {
				throw new IllegalArgumentException("digestcat.daemon.schedule " + name + ": not a cron expression: "
						+ cron + " (six fields, seconds first, e.g. \"0 30 2 * * *\", or @daily)");
			}
			sources = (sources != null) ? List.copyOf(sources) : List.of();
			include = (include != null) ? List.copyOf(include) : List.of();
			exclude = (exclude != null) ? List.copyOf(exclude) : List.of();
			if ("ingest".equals(job) && sources.isEmpty()) {
				throw new IllegalArgumentException(
						"digestcat.daemon.schedule " + name + ": an ingest needs sources to read");
			}
		}

	}

}
