package io.digestcatalog.core.artifact;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next attempt: exponential backoff with full jitter (a
 * uniform wait between zero and a ceiling that doubles per retry, so that clients that
 * failed together do not return together), or the server's own Retry-After; both capped.
 */
final class Backoff {

	private final Duration base;

	private final Duration max;

	private final DoubleSupplier random;

	/**
	 * @param random uniform numbers in [0, 1)
	 */
	Backoff(Duration base, Duration max, DoubleSupplier random) {
		this.base = base;
		this.max = max;
		this.random = random;
	}

	/**
	 * The wait after failed attempt number {@code attempt} (1 for the first).
	 * @param retryAfter what the server asked for, or {@code null}
	 */
	Duration delay(int attempt, Duration retryAfter) {
		if (retryAfter != null) {
			return min(retryAfter, this.max);
		}
		Duration ceiling = this.base.multipliedBy(1L << Math.min(attempt - 1, 30));
		if (ceiling.compareTo(this.max) > 0 || ceiling.isNegative()) {
			ceiling = this.max;
		}
		return Duration.ofNanos((long) (ceiling.toNanos() * this.random.getAsDouble()));
	}

	/**
	 * A Retry-After header: delay-seconds or an HTTP-date; {@code null} when absent or
	 * unreadable, zero when in the past.
	 */
	static Duration parseRetryAfter(String header, Instant now) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		try {
			if (value.chars().allMatch(Character::isDigit)) {
				return (value.length() > 9) ? Duration.ofSeconds(999_999_999)
						: Duration.ofSeconds(Long.parseLong(value));
			}
			Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(now, at);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
