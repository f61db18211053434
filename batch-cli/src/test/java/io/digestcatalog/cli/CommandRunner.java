package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs a command line in a started context and captures what it prints. */
final class CommandRunner {

	/**
	 * The outcome of one command.
	 *
	 * @param exitCode its exit code
	 * @param out what it printed on standard output
	 * @param err what it printed on standard error
	 */
	record Result(int exitCode, String out, String err) {

	}

	private final DigestCatCommand command;

	private final CommandLine.IFactory factory;

	CommandRunner(DigestCatCommand command, CommandLine.IFactory factory) {
		this.command = command;
		this.factory = factory;
	}

	Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cli = new CommandLine(this.command, this.factory);
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		cli.setExecutionExceptionHandler(new Errors(false));
		int code = cli.execute(args);
		return new Result(code, out.toString(), err.toString());
	}

}
