package io.digestcatalog.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.digestcatalog.cli.daemon.CatalogServing;

/**
 * Decides, before the database is opened, how this process reaches the embedded catalog:
 * it opens the file itself (and owns it for its life); or a daemon owns it and serves it
 * on 127.0.0.1, and this process connects there, so operator commands work while the
 * daemon runs a job; or another one-shot command owns it, and this one says so at once
 * instead of waiting for HSQLDB's lock. After a crash it says whose stale lock HSQLDB
 * waits for. Other databases (a server URL, PostgreSQL) are left alone.
 */
final class CatalogAccess
		implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, CatalogServing, AutoCloseable {

	static final String EMBEDDED_PREFIX = "jdbc:hsqldb:file:";

	private final String command;

	private final PrintStream err;

	private CatalogOwner owner;

	private Path database;

	CatalogAccess(String command, PrintStream err) {
		this.command = command;
		this.err = err;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment env = event.getEnvironment();
		String url = env.getProperty("spring.datasource.url", "");
		if (!url.startsWith(EMBEDDED_PREFIX)) {
			return;
		}
		Path database = databasePath(url);
		this.database = database;
		CatalogOwner.Outcome outcome;
		try {
			outcome = waitForADaemonStarting(database);
		}
		catch (IOException ex) {
			throw new UserError("cannot open " + database + ": " + ex.getMessage(), ExitCodes.DATABASE);
		}
		if (outcome instanceof CatalogOwner.Owned owned) {
			this.owner = owned.owner();
			owned.died().ifPresent(died -> CatalogOwner.explainStaleLock(this.err, died));
		}
		else if (outcome instanceof CatalogOwner.Served served && this.command.equals("digestcat daemon")) {
			throw new UserError(
					"a daemon already runs for this catalog: " + served.owner().describe()
							+ "; stop it first (systemctl stop digestcat-daemon, or kill " + served.owner().pid() + ")",
					ExitCodes.DATABASE);
		}
		else if (outcome instanceof CatalogOwner.Served served) {
			env.getPropertySources()
				.addFirst(new MapPropertySource("digestcatServedCatalog", Map.of("spring.datasource.url",
						"jdbc:hsqldb:hsql://127.0.0.1:" + served.owner().serverPort() + "/catalog")));
		}
		else {
			CatalogOwner.Info busy = ((CatalogOwner.Busy) outcome).owner();
			throw new UserError(
					"the catalog is in use by " + busy.describe() + "; wait for it to end, or run "
							+ "digestcat daemon, which shares the catalog with other commands while it runs jobs",
					ExitCodes.DATABASE);
		}
	}

	/** A daemon that is starting owns the file before it serves it: give it a moment. */
	private CatalogOwner.Outcome waitForADaemonStarting(Path database) throws IOException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			CatalogOwner.Outcome outcome = CatalogOwner.open(database, this.command);
			if (!(outcome instanceof CatalogOwner.Busy busy) || !busy.owner().command().equals("digestcat daemon")
					|| System.currentTimeMillis() > deadline) {
				return outcome;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return outcome;
			}
		}
	}

	@Override
	public boolean owned() {
		return this.owner != null;
	}

	@Override
	public Path database() {
		return this.database;
	}

	@Override
	public void serving(int port) {
		try {
			this.owner.serving(port);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot write the catalog's owner file: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void notServing() {
		try {
			this.owner.notServing();
		}
		catch (IOException ex) {
			// the port goes with the process anyway
		}
	}

	static Path databasePath(String url) {
		String rest = url.substring(EMBEDDED_PREFIX.length());
		int semicolon = rest.indexOf(';');
		return Path.of((semicolon >= 0) ? rest.substring(0, semicolon) : rest).toAbsolutePath().normalize();
	}

	@Override
	public void close() {
		if (this.owner != null) {
			this.owner.close();
			this.owner = null;
		}
	}

}
