package io.digestcatalog.cli;

/** An error the user can fix, printed as one line with the given exit code. */
public class UserError extends RuntimeException {

	private final int exitCode;

	public UserError(String message, int exitCode) {
		super(message, null, false, false);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
