package io.digestcatalog.cli.daemon;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.function.IntConsumer;

import org.hsqldb.server.Server;
import org.hsqldb.server.ServerConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Serves the embedded catalog database, which the daemon holds open, to other digestcat
 * processes on 127.0.0.1: operators' commands ({@code jobs list}, {@code jobs stop},
 * {@code catalog stats}, a manual run refused by the run lock) work while the daemon runs
 * a job. HSQLDB's own server, on the database this process already has open.
 */
class CatalogServer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CatalogServer.class);

	private final Path database;

	private final int configuredPort;

	private final IntConsumer published;

	private final Runnable withdrawn;

	private Server server;

	private int port;

	/**
	 * @param published told the port once the server answers
	 * @param withdrawn told when the server stops
	 */
	CatalogServer(Path database, int port, IntConsumer published, Runnable withdrawn) {
		this.database = database;
		this.configuredPort = port;
		this.published = published;
		this.withdrawn = withdrawn;
	}

	@Override
	public void start() {
		this.port = (this.configuredPort > 0) ? this.configuredPort : freePort();
		Server s = new Server();
		s.setLogWriter(null);
		s.setErrWriter(null);
		s.setSilent(true);
		s.setTrace(false);
		s.setNoSystemExit(true);
		s.setRestartOnShutdown(false);
		s.setAddress("127.0.0.1");
		s.setPort(this.port);
		s.setDatabaseName(0, "catalog");
		s.setDatabasePath(0, "file:" + this.database);
		s.start();
		long deadline = System.currentTimeMillis() + 10_000;
		while (s.getState() != ServerConstants.SERVER_STATE_ONLINE && System.currentTimeMillis() < deadline) {
			if (s.getState() == ServerConstants.SERVER_STATE_SHUTDOWN) {
				throw new IllegalStateException("cannot serve the catalog on 127.0.0.1:" + this.port + ": "
						+ ((s.getServerError() != null) ? s.getServerError().getMessage() : "the server stopped"));
			}
			sleep(20);
		}
		this.server = s;
		this.published.accept(this.port);
		log.info("serving the catalog to other digestcat commands on 127.0.0.1:{}", this.port);
	}

	@Override
	public void stop() {
		if (this.server != null) {
			this.withdrawn.run();
			// stop serving only: the database stays open for this process until it closes
			this.server.stop();
			this.server = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.server != null;
	}

	/**
	 * After the scheduler has stopped its job; before the web server and the database.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 200;
	}

	int port() {
		return this.port;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no free port on 127.0.0.1: " + ex.getMessage(), ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
