package io.digestcatalog.core.artifact;

import java.time.Duration;

/**
 * Why one attempt failed, whether another attempt could succeed, and how long the server
 * asked us to wait first. Never escapes {@link ArtifactFetcher#fetch}.
 */
final class FetchFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final boolean retryable;

	private final int status;

	private final String contentType;

	private final transient Duration retryAfter;

	private FetchFailure(String reason, boolean retryable, int status, String contentType, Duration retryAfter) {
		super(reason, null, false, false);
		this.retryable = retryable;
		this.status = status;
		this.contentType = contentType;
		this.retryAfter = retryAfter;
	}

	/**
	 * A failure another attempt will not cure: a refusal, a 404, a body of the wrong
	 * kind.
	 */
	static FetchFailure permanent(String reason) {
		return new FetchFailure(reason, false, 0, null, null);
	}

	/** A network hiccup: a connection error, a timeout, a cut body. */
	static FetchFailure transientFailure(String reason) {
		return new FetchFailure(reason, true, 0, null, null);
	}

	/**
	 * An HTTP error status; 5xx and 429 are worth retrying, after Retry-After if given.
	 */
	static FetchFailure status(int status, String contentType, Duration retryAfter) {
		boolean retryable = status >= 500 || status == 429;
		return new FetchFailure("HTTP " + status, retryable, status, contentType, retryable ? retryAfter : null);
	}

	boolean retryable() {
		return this.retryable;
	}

	int status() {
		return this.status;
	}

	String contentType() {
		return this.contentType;
	}

	/** The server's Retry-After, or {@code null}. */
	Duration retryAfter() {
		return this.retryAfter;
	}

}
