package io.digestcatalog.core.artifact;

import java.net.URI;
import java.util.Objects;

/**
 * One download to make.
 *
 * @param url the link as found (checked by the fetcher, not here: a bad link is a failed
 * result, not an exception)
 * @param expected what the body must be
 * @param previous the validators of the last successful fetch of this URL, or
 * {@code null} for an unconditional request
 */
public record FetchRequest(URI url, ExpectedContent expected, Validators previous) {

	public FetchRequest {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(expected, "expected");
	}

	public static FetchRequest pdf(URI url) {
		return new FetchRequest(url, ExpectedContent.pdf(), null);
	}

}
