package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;

/**
 * The {@code digestcat} executable. Arguments are checked (and help printed) before
 * Spring starts, so a typo never touches the database; then the command runs inside the
 * context.
 */
@SpringBootApplication(scanBasePackages = "io.digestcatalog")
public class DigestCatApplication implements CommandLineRunner, ExitCodeGenerator {

	private final CommandLine.IFactory factory;

	private final DigestCatCommand command;

	private int exitCode;

	DigestCatApplication(CommandLine.IFactory factory, DigestCatCommand command) {
		this.factory = factory;
		this.command = command;
	}

	public static void main(String[] args) {
		System.exit(execute(args));
	}

	/** Runs one command line and returns its exit code. */
	public static int execute(String... args) {
		String[] commandArgs = commandArgs(args);
		boolean verbose = Arrays.asList(commandArgs).contains("--verbose");
		CommandLine preview = new CommandLine(DigestCatCommand.class, new NullFactory());
		try {
			CommandLine.ParseResult parsed = preview.parseArgs(commandArgs);
			Integer helpCode = CommandLine.executeHelpRequest(parsed);
			if (helpCode != null) {
				return helpCode;
			}
			if (!parsed.hasSubcommand()) {
				throw new CommandLine.ParameterException(preview, "a command is required");
			}
			String first = parsed.subcommand().commandSpec().name();
			if ("eval".equals(first) || "bench".equals(first) || "broker".equals(first)) {
				// evaluations read benchmark files only, the benchmark runs its jobs in
				// processes of their own, and the broker is a server of its own: no
				// context, no database here
				quietLibraries(verbose);
				preview.setExecutionExceptionHandler(new Errors(verbose));
				return preview.execute(commandArgs);
			}
		}
		catch (CommandLine.ParameterException ex) {
			PrintWriter err = preview.getErr();
			err.println("error: " + ex.getMessage());
			List<String> help = new java.util.ArrayList<>(List.of("digestcat"));
			help.addAll(subcommandPath(ex.getCommandLine()));
			help.add("--help");
			err.println("see: " + String.join(" ", help));
			err.flush();
			return ExitCodes.USAGE;
		}
		String name = subcommandName(commandArgs);
		SpringApplication app = new SpringApplication(DigestCatApplication.class);
		if ("daemon".equals(name)) {
			// the daemon profile: a web server for health, the scheduler, the catalog
			// served
			app.setAdditionalProfiles("daemon");
		}
		else if ("worker".equals(name)) {
			// the worker profile: the listeners of the broker's partition queue
			app.setAdditionalProfiles("worker");
		}
		Map<String, Object> defaults = new HashMap<>();
		if (verbose) {
			defaults.put("logging.level.io.digestcatalog", "debug");
			defaults.put("logging.level.org.springframework.batch", "info");
			defaults.put("logging.level.org.springframework.boot.SpringApplication", "error");
		}
		app.setDefaultProperties(defaults);
		CatalogAccess access = new CatalogAccess("digestcat " + name, System.err);
		app.addListeners(access);
		app.addInitializers(context -> context.getBeanFactory().registerSingleton("catalogAccess", access));
		// the database closes with the context, before this process lets go of its file
		try (access; ConfigurableApplicationContext context = app.run(args)) {
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			return new Errors(verbose).report(ex, new PrintWriter(System.err, true));
		}
	}

	@Override
	public void run(String... args) {
		if (commandArgs(args).length == 0) {
			// started without a command (e.g. by a test): the context alone is wanted
			return;
		}
		CommandLine cli = new CommandLine(this.command, this.factory);
		cli.setExecutionExceptionHandler(new Errors(Arrays.asList(args).contains("--verbose")));
		this.exitCode = cli.execute(commandArgs(args));
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/**
	 * Without Spring's logging set-up, keep libraries' warnings (PDFBox's font notes) off
	 * the console.
	 */
	private static void quietLibraries(boolean verbose) {
		if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
			context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
				.setLevel(verbose ? ch.qos.logback.classic.Level.INFO : ch.qos.logback.classic.Level.ERROR);
		}
	}

	/**
	 * The arguments meant for the commands: Spring's own {@code --a.b=c} options are left
	 * out.
	 */
	static String[] commandArgs(String[] args) {
		return Arrays.stream(args).filter(a -> !isSpringProperty(a)).toArray(String[]::new);
	}

	private static boolean isSpringProperty(String arg) {
		if (!arg.startsWith("--") || !arg.contains("=")) {
			return false;
		}
		String key = arg.substring(2, arg.indexOf('='));
		return key.contains(".");
	}

	/** The command's name ({@code ingest}, {@code jobs}, …) from its arguments. */
	private static String subcommandName(String[] commandArgs) {
		return Arrays.stream(commandArgs).filter(a -> !a.startsWith("-")).findFirst().orElse("");
	}

	private static List<String> subcommandPath(CommandLine cl) {
		java.util.LinkedList<String> path = new java.util.LinkedList<>();
		for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
			path.addFirst(c.getCommandName());
		}
		return path;
	}

}
