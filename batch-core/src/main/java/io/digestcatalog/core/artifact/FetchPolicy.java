package io.digestcatalog.core.artifact;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how defensively an {@link ArtifactFetcher} downloads: time limits,
 * retries, size and redirect caps, per-host manners and which addresses it may reach.
 *
 * @param connectTimeout the longest wait to open a connection
 * @param readTimeout the longest silence between two pieces of a body (and the wait for
 * response headers is bounded by {@code totalTimeout})
 * @param totalTimeout the longest one request may take, from sending it to its body's
 * last byte
 * @param maxAttempts how many times a URL is tried in all (1 = no retry)
 * @param baseBackoff the first retry's backoff ceiling; it doubles on each retry
 * @param maxBackoff the ceiling of any wait between attempts, Retry-After included
 * @param maxBytes the largest body accepted
 * @param maxRedirects how many redirects one attempt follows
 * @param perHostConcurrency how many requests to one host may be in flight at once
 * @param perHostInterval the least time between two request starts to one host
 * @param userAgent the User-Agent header, saying who we are and where to complain
 * @param addresses which addresses may be connected to
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, int maxAttempts,
		Duration baseBackoff, Duration maxBackoff, long maxBytes, int maxRedirects, int perHostConcurrency,
		Duration perHostInterval, String userAgent, AddressPolicy addresses) {

	public static final String USER_AGENT = "digestcat/0.1 (+https://github.com/digest-catalog; paper-catalog bot)";

	public FetchPolicy {
		positive(connectTimeout, "connectTimeout");
		positive(readTimeout, "readTimeout");
		positive(totalTimeout, "totalTimeout");
		notNegative(baseBackoff, "baseBackoff");
		notNegative(maxBackoff, "maxBackoff");
		notNegative(perHostInterval, "perHostInterval");
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
		}
		if (maxBytes < 1) {
			throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
		}
		if (maxRedirects < 0) {
			throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
		}
		if (perHostConcurrency < 1) {
			throw new IllegalArgumentException("perHostConcurrency must be at least 1: " + perHostConcurrency);
		}
		Objects.requireNonNull(userAgent, "userAgent");
		if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
			throw new IllegalArgumentException("userAgent must be printable ASCII: " + userAgent);
		}
		Objects.requireNonNull(addresses, "addresses");
	}

	/**
	 * Ten seconds to connect, thirty of silence, two minutes per request, four attempts
	 * backing off from half a second up to thirty, 100 MB, five redirects, two requests
	 * at a time and one start a second per host, public addresses only.
	 */
	public static FetchPolicy defaults() {
		return new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(120), 4,
				Duration.ofMillis(500), Duration.ofSeconds(30), 100L * 1024 * 1024, 5, 2, Duration.ofSeconds(1),
				USER_AGENT, AddressPolicy.defaults());
	}

	public FetchPolicy withAddresses(AddressPolicy addresses) {
		return new FetchPolicy(this.connectTimeout, this.readTimeout, this.totalTimeout, this.maxAttempts,
				this.baseBackoff, this.maxBackoff, this.maxBytes, this.maxRedirects, this.perHostConcurrency,
				this.perHostInterval, this.userAgent, addresses);
	}

	public FetchPolicy withTimeouts(Duration readTimeout, Duration totalTimeout) {
		return new FetchPolicy(this.connectTimeout, readTimeout, totalTimeout, this.maxAttempts, this.baseBackoff,
				this.maxBackoff, this.maxBytes, this.maxRedirects, this.perHostConcurrency, this.perHostInterval,
				this.userAgent, this.addresses);
	}

	public FetchPolicy withRetries(int maxAttempts, Duration baseBackoff, Duration maxBackoff) {
		return new FetchPolicy(this.connectTimeout, this.readTimeout, this.totalTimeout, maxAttempts, baseBackoff,
				maxBackoff, this.maxBytes, this.maxRedirects, this.perHostConcurrency, this.perHostInterval,
				this.userAgent, this.addresses);
	}

	public FetchPolicy withMaxBytes(long maxBytes) {
		return new FetchPolicy(this.connectTimeout, this.readTimeout, this.totalTimeout, this.maxAttempts,
				this.baseBackoff, this.maxBackoff, maxBytes, this.maxRedirects, this.perHostConcurrency,
				this.perHostInterval, this.userAgent, this.addresses);
	}

	public FetchPolicy withPerHost(int perHostConcurrency, Duration perHostInterval) {
		return new FetchPolicy(this.connectTimeout, this.readTimeout, this.totalTimeout, this.maxAttempts,
				this.baseBackoff, this.maxBackoff, this.maxBytes, this.maxRedirects, perHostConcurrency,
				perHostInterval, this.userAgent, this.addresses);
	}

	private static void positive(Duration d, String name) {
		Objects.requireNonNull(d, name);
		if (d.isNegative() || d.isZero()) {
			throw new IllegalArgumentException(name + " must be positive: " + d);
		}
	}

	private static void notNegative(Duration d, String name) {
		Objects.requireNonNull(d, name);
		if (d.isNegative()) {
			throw new IllegalArgumentException(name + " must not be negative: " + d);
		}
	}

}
