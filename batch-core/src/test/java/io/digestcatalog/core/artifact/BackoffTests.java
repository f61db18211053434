package io.digestcatalog.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Full-jitter backoff, and the server's Retry-After in both of its forms. */
class BackoffTests {

	final Instant now = Instant.parse("2026-07-29T06:00:00Z");

	@Test
	void theCeilingDoublesPerRetryUpToTheMaximum() {
		Backoff highest = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 1.0);

		assertThat(highest.delay(1, null)).isEqualTo(Duration.ofMillis(500));
		assertThat(highest.delay(2, null)).isEqualTo(Duration.ofSeconds(1));
		assertThat(highest.delay(3, null)).isEqualTo(Duration.ofSeconds(2));
		assertThat(highest.delay(7, null)).isEqualTo(Duration.ofSeconds(30));
		assertThat(highest.delay(200, null)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void theWaitIsAUniformShareOfTheCeiling() {
		assertThat(new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.0).delay(3, null)).isZero();
		assertThat(new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.25).delay(3, null))
			.isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void retryAfterReplacesTheJitterAndIsCappedByTheMaximum() {
		Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.5);

		assertThat(backoff.delay(1, Duration.ofSeconds(4))).isEqualTo(Duration.ofSeconds(4));
		assertThat(backoff.delay(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
		assertThat(Backoff.parseRetryAfter("1", this.now)).isEqualTo(Duration.ofSeconds(1));
		assertThat(Backoff.parseRetryAfter(" 120 ", this.now)).isEqualTo(Duration.ofSeconds(120));
		assertThat(Backoff.parseRetryAfter("Wed, 29 Jul 2026 06:00:09 GMT", this.now)).isEqualTo(Duration.ofSeconds(9));
		assertThat(Backoff.parseRetryAfter("Wed, 29 Jul 2026 05:00:00 GMT", this.now)).isZero();
		assertThat(Backoff.parseRetryAfter("99999999999999999999", this.now)).isGreaterThan(Duration.ofDays(365));
	}

	@Test
	void anUnreadableRetryAfterIsIgnored() {
		assertThat(Backoff.parseRetryAfter("soon", this.now)).isNull();
		assertThat(Backoff.parseRetryAfter("-5", this.now)).isNull();
		assertThat(Backoff.parseRetryAfter("", this.now)).isNull();
		assertThat(Backoff.parseRetryAfter(null, this.now)).isNull();
	}

}
