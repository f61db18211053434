package io.digestcatalog.jobs.ops;

/** An operator's request that cannot be carried out, with a message meant for them. */
public class OperatorException extends RuntimeException {

	public OperatorException(String message) {
		super(message);
	}

}
