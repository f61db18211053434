package io.digestcatalog.cli;

import java.io.PrintWriter;

import io.digestcatalog.core.catalog.CatalogException;
import io.digestcatalog.core.catalog.RunLockHeldException;
import io.digestcatalog.jobs.ops.NothingToDoException;
import io.digestcatalog.core.digest.DigestInputException;
import io.digestcatalog.jobs.ops.OperatorException;
import picocli.CommandLine;

/**
 * Maps failures to one line for the user and an exit code; stack traces only with
 * --verbose.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {

	private final boolean verbose;

	Errors(boolean verbose) {
		this.verbose = verbose;
	}

	@Override
	public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
		return report(ex, cmd.getErr());
	}

	int report(Throwable ex, PrintWriter err) {
		int code = exitCodeOf(ex);
		err.println("error: " + messageOf(ex));
		if (this.verbose) {
			ex.printStackTrace(err);
		}
		else if (code == ExitCodes.INTERNAL) {
			err.println("(run again with --verbose for details)");
		}
		err.flush();
		return code;
	}

	static int exitCodeOf(Throwable ex) {
		if (ex instanceof UserError user) {
			return user.exitCode();
		}
		if (ex instanceof RunLockHeldException) {
			return ExitCodes.LOCKED;
		}
		if (ex instanceof NothingToDoException) {
			return ExitCodes.NOTHING_TO_DO;
		}
		if (ex instanceof DigestInputException || ex instanceof OperatorException
				|| ex instanceof IllegalArgumentException) {
			return ExitCodes.USAGE;
		}
		if (ex instanceof CatalogException || isDatabaseLock(ex)) {
			return ExitCodes.DATABASE;
		}
		return ExitCodes.INTERNAL;
	}

	static String messageOf(Throwable ex) {
		if (ex instanceof RunLockHeldException held) {
			return "a run is in progress: " + held.holder().describe() + "; nothing was started (try again when it "
					+ "ends, or see: digestcat jobs list --status STARTED)";
		}
		if (isDatabaseLock(ex)) {
			return "the catalog database is in use by another digestcat process (wait for it to finish, "
					+ "or point spring.datasource.url elsewhere)";
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		if (root != ex && root.getMessage() != null && !message.contains(root.getMessage())) {
			message = message + ": " + root.getMessage();
		}
		return message.lines().findFirst().orElse(message);
	}

	static boolean isDatabaseLock(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			String m = t.getMessage();
			if (m != null && (m.contains("lockFile") || m.contains("Database lock acquisition failure"))) {
				return true;
			}
		}
		return false;
	}

}
