package io.digestcatalog.core.artifact;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How a fetcher waits between attempts and for its turn at a host; tests pass one that
 * records the waits instead of (or as well as) sleeping.
 */
@FunctionalInterface
public interface Sleeper {

	void sleep(Duration duration) throws InterruptedException;

	static Sleeper system() {
		return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
	}

}
