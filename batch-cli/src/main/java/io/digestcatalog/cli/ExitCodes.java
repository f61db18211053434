package io.digestcatalog.cli;

/** The exit codes of {@code digestcat}, documented in the README. */
public final class ExitCodes {

	/** Success. */
	public static final int OK = 0;

	/** A job ran and failed (restartable with {@code jobs restart}). */
	public static final int JOB_FAILED = 1;

	/** A user error: bad arguments, missing file, not a digest, unknown execution. */
	public static final int USAGE = 2;

	/** The catalog database is unavailable, e.g. locked by another process. */
	public static final int DATABASE = 3;

	/** An unexpected internal error. */
	public static final int INTERNAL = 70;

	private ExitCodes() {
	}

}
