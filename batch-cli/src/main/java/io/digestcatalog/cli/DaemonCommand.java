package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.digestcatalog.cli.daemon.DaemonProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code digestcat daemon}: runs the configured jobs on their schedules until SIGTERM,
 * serving health over HTTP and the catalog to other digestcat commands.
 */
@Component
@Command(name = "daemon", mixinStandardHelpOptions = true,
		description = {
				"Runs the jobs of digestcat.daemon.schedule on their cron schedules, one at a time, until "
						+ "stopped with SIGTERM (a running job stops at its next chunk boundary and ends STOPPED, "
						+ "restartable).",
				"Serves health on http://<digestcat.daemon.address>:<digestcat.daemon.port>/actuator/health, and the "
						+ "embedded catalog to other digestcat commands on 127.0.0.1, so that jobs list, jobs stop "
						+ "or catalog stats work while a job runs." })
class DaemonCommand implements Callable<Integer>, DisposableBean {

	@Spec
	CommandSpec spec;

	private final ObjectProvider<DaemonProperties> properties;

	private final Environment environment;

	private final org.springframework.context.ApplicationContext context;

	private final CountDownLatch closed = new CountDownLatch(1);

	DaemonCommand(ObjectProvider<DaemonProperties> properties, Environment environment,
			org.springframework.context.ApplicationContext context) {
		this.properties = properties;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public Integer call() throws InterruptedException {
		DaemonProperties p = this.properties.getObject();
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("digestcat daemon: %d scheduled job(s) in %s; health on http://%s:%s/actuator/health%n",
				p.schedule().size(), p.zone(), p.address(),
				this.environment.getProperty("local.server.port", String.valueOf(p.port())));
		out.flush();
		// this command runs until stopped, so Boot never marks the application ready
		// itself
		org.springframework.boot.availability.AvailabilityChangeEvent.publish(this.context,
				org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC);
		this.closed.await();
		return ExitCodes.OK;
	}

	/** The context closes (SIGTERM): the jobs have stopped by now. */
	@Override
	public void destroy() {
		this.closed.countDown();
	}

}
