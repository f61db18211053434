package io.digestcatalog.core.artifact;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of one {@link ArtifactFetcher#fetch}: either a stored body (or a 304 that
 * confirmed the previous one), or a one-line failure.
 *
 * @param url the URL asked for
 * @param finalUrl the URL the body came from, after redirects (the last one tried on
 * failure)
 * @param status the last HTTP status received, or 0 when none was (refused, timed out,
 * connection failed)
 * @param contentType the Content-Type of the last response, or {@code null}
 * @param size the stored body's size in bytes (also on a 304), 0 on failure
 * @param sha256 the stored body's hex SHA-256, or {@code null} on failure
 * @param storedPath where the body is in the {@link ContentStore}, or {@code null} on
 * failure
 * @param fetchedAt when the fetch ended
 * @param etag the ETag to send next time, or {@code null}
 * @param lastModified the Last-Modified to send next time, or {@code null}
 * @param notModified whether the server answered 304 and nothing was transferred
 * @param attempts how many attempts were made (redirects within one are not counted)
 * @param failure {@code null} on success, else why, in one line ("HTTP 404", "redirect
 * loop", "refused: 10.0.0.5 is a private address", …)
 */
public record FetchResult(URI url, URI finalUrl, int status, String contentType, long size, String sha256,
		Path storedPath, Instant fetchedAt, String etag, String lastModified, boolean notModified, int attempts,
		String failure) {

	public FetchResult {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(finalUrl, "finalUrl");
		Objects.requireNonNull(fetchedAt, "fetchedAt");
		if (attempts < 1) {
			throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
		}
		if (failure == null) {
			ContentStore.requireSha256(sha256);
			Objects.requireNonNull(storedPath, "storedPath");
		}
		else if (failure.isBlank() || failure.contains("\n")) {
			throw new IllegalArgumentException("a failure is one non-blank line: " + failure);
		}
	}

	public boolean succeeded() {
		return this.failure == null;
	}

	/**
	 * What to pass as {@link FetchRequest#previous()} next time, or {@code null} after a
	 * failure.
	 */
	public Validators validators() {
		return succeeded() ? new Validators(this.etag, this.lastModified, this.sha256) : null;
	}

	static FetchResult failed(URI url, URI finalUrl, int status, String contentType, Instant at, int attempts,
			String failure) {
		return new FetchResult(url, finalUrl, status, contentType, 0, null, null, at, null, null, false, attempts,
				failure);
	}

}
