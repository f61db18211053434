package io.digestcatalog.core.digest.hf;

/**
 * Text that is no Python literal: says what was expected and where, as an offset into the
 * text from 0.
 */
public final class PythonLiteralException extends RuntimeException {

	private final int position;

	PythonLiteralException(String problem, int position) {
		super(problem + " at position " + position);
		this.position = position;
	}

	/** Offset of the problem in the parsed text, from 0. */
	public int position() {
		return this.position;
	}

}
