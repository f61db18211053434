package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digestcat broker}: an ActiveMQ Artemis server for remote partitioning, from the
 * same jar, until SIGTERM. Its journal keeps the queued partition requests across a
 * restart of the broker.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
		description = {
				"Runs an ActiveMQ Artemis broker for remote partitioning (managers send partitions to "
						+ "workers through it) until stopped with SIGTERM. Any Artemis broker serves as well.",
				"No authentication: keep it on loopback or a private network (--address)." })
class BrokerCommand implements Callable<Integer> {

	@Option(names = "--address", defaultValue = "127.0.0.1",
			description = "Address to listen on (default: ${DEFAULT-VALUE}).")
	String address;

	@Option(names = "--port", defaultValue = "61616", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
	int port;

	@Option(names = "--dir", defaultValue = "data/broker",
			description = "The broker's journal, bindings and paging (default: ${DEFAULT-VALUE}).")
	Path dir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Path home = this.dir.toAbsolutePath().normalize();
		ConfigurationImpl config = new ConfigurationImpl();
		config.setName("digestcat");
		config.setPersistenceEnabled(true);
		config.setSecurityEnabled(false);
		// plain file I/O: no native library to find
		config.setJournalType(JournalType.NIO);
		config.setJournalDirectory(home.resolve("journal").toString());
		config.setBindingsDirectory(home.resolve("bindings").toString());
		config.setLargeMessagesDirectory(home.resolve("large-messages").toString());
		config.setPagingDirectory(home.resolve("paging").toString());
		String url = "tcp://" + this.address + ":" + this.port;
		config.addAcceptorConfiguration("digestcat", url);
		EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
		broker.setConfiguration(config);
		try {
			broker.start();
		}
		catch (Exception ex) {
			throw new UserError("cannot start the broker on " + url + ": " + ex.getMessage(), ExitCodes.USAGE);
		}
		if (!broker.getActiveMQServer().isActive()) {
			broker.stop();
			throw new UserError("cannot start the broker on " + url + " (is the port taken?)", ExitCodes.USAGE);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				broker.stop();
			}
			catch (Exception ex) {
				// the process ends anyway
			}
			stopped.countDown();
		}, "digestcat-broker-stop"));
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("digestcat broker: ActiveMQ Artemis on %s, journal in %s%n", url, home);
		out.flush();
		stopped.await();
		return ExitCodes.OK;
	}

}
