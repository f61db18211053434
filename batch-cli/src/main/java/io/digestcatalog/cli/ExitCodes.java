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

	/**
	 * Another run holds the catalog's run lock (a job is running); nothing was started.
	 */
	public static final int LOCKED = 4;

	/** Nothing to restart, stop or recover: no execution is in a state that allows it. */
	public static final int NOTHING_TO_DO = 5;

	/** An unexpected internal error. */
	public static final int INTERNAL = 70;

	private ExitCodes() {
	}

}
