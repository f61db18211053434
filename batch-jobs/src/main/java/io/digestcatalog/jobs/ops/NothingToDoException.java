package io.digestcatalog.jobs.ops;

/**
 * An operator's request that finds nothing to act on: an execution already completed,
 * abandoned, or not running. Not a failure of the tool; scripts tell it by its exit code.
 */
public class NothingToDoException extends OperatorException {

	public NothingToDoException(String message) {
		super(message);
	}

}
