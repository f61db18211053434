package io.digestcatalog.cli;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: {@code digestcat <command>}. */
@Component
@Command(name = "digestcat", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Turns research-paper digests into a clean, deduplicated catalog.",
		subcommands = { IngestCommand.class, RebuildCommand.class, ResolveCommand.class, JobsCommand.class,
				CatalogCommand.class, DaemonCommand.class, WorkerCommand.class, BrokerCommand.class, EvalCommand.class,
				BenchCommand.class },
		footer = { "",
				"Configuration: config/application.yml; override with environment variables "
						+ "(SPRING_DATASOURCE_URL=…) or --spring.datasource.url=… style options.",
				"Exit codes: 0 ok, 1 job failed (restartable), 2 user error, 3 database unavailable, 4 another run holds "
						+ "the catalog, 5 nothing to restart/stop/recover, 70 internal error." })
public class DigestCatCommand implements Runnable {

	@Option(names = "--verbose", description = "Print stack traces and framework logs.",
			scope = picocli.CommandLine.ScopeType.INHERIT)
	boolean verbose;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "a command is required");
	}

}
