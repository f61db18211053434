package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.digestcatalog.jobs.remote.RemoteProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code digestcat worker}: runs the partitions that managers send over the broker until
 * SIGTERM.
 */
@Component
@Command(name = "worker", mixinStandardHelpOptions = true,
		description = { "Runs partitions of jobs started elsewhere with digestcat.remote.enabled=true: takes them "
				+ "from the broker's queue (spring.artemis.broker-url, digestcat.remote.queue), "
				+ "digestcat.remote.worker-concurrency at a time, and records them in the shared job repository, "
				+ "until stopped with SIGTERM (a partition it runs is finished first).",
				"The catalog must be on a server that every process reaches (the postgres profile)." })
class WorkerCommand implements Callable<Integer>, DisposableBean {

	@Spec
	CommandSpec spec;

	private final Environment environment;

	private final ObjectProvider<ConnectionFactory> workerConnectionFactory;

	private final RemoteProperties remote;

	private final CountDownLatch closed = new CountDownLatch(1);

	WorkerCommand(Environment environment, ObjectProvider<ConnectionFactory> workerConnectionFactory,
			RemoteProperties remote) {
		this.environment = environment;
		this.workerConnectionFactory = workerConnectionFactory;
		this.remote = remote;
	}

	@Override
	public Integer call() throws InterruptedException {
		String url = this.environment.getProperty("spring.datasource.url", "");
		if (url.startsWith(CatalogAccess.EMBEDDED_PREFIX)) {
			throw new UserError("a worker shares the catalog with its manager: put the catalog on a server "
					+ "(--spring.profiles.active=postgres), not in the embedded file " + url, ExitCodes.USAGE);
		}
		String broker = this.environment.getProperty("spring.artemis.broker-url");
		try (Connection connection = this.workerConnectionFactory.getObject().createConnection()) {
			// reached: the listeners connect the same way
		}
		catch (JMSException ex) {
			throw new UserError("cannot reach the broker at " + broker + ": " + ex.getMessage(), ExitCodes.DATABASE);
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("digestcat worker: taking partitions from %s at %s, %d at a time%n", this.remote.queue(), broker,
				Math.max(1, this.remote.workerConcurrency()));
		out.flush();
		this.closed.await();
		return ExitCodes.OK;
	}

	/** The context closes (SIGTERM): the listeners have stopped by now. */
	@Override
	public void destroy() {
		this.closed.countDown();
	}

}
