package io.digestcatalog.core.artifact;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * Per-host manners shared by every thread of one fetcher: at most N requests in flight to
 * a host, and request starts at least an interval apart. Each caller reserves the next
 * free start time under a lock and sleeps outside it, so waiting threads queue in order
 * instead of polling.
 */
final class HostLimiter {

	/** A held place in a host's queue; closing it lets the next request in. */
	interface Permit extends AutoCloseable {

		@Override
		void close();

	}

	private final Map<String, Gate> gates = new ConcurrentHashMap<>();

	private final int concurrency;

	private final long intervalNanos;

	private final Sleeper sleeper;

	private final LongSupplier nanoTime;

	HostLimiter(int concurrency, Duration interval, Sleeper sleeper, LongSupplier nanoTime) {
		this.concurrency = concurrency;
		this.intervalNanos = interval.toNanos();
		this.sleeper = sleeper;
		this.nanoTime = nanoTime;
	}

	/** Waits for a free place at this host and for the host's next start time. */
	Permit acquire(String host) throws InterruptedException {
		Gate gate = this.gates.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Gate(this.concurrency));
		gate.inFlight.acquire();
		try {
			long wait = gate.reserveStart(this.nanoTime.getAsLong(), this.intervalNanos);
			if (wait > 0) {
				this.sleeper.sleep(Duration.ofNanos(wait));
			}
		}
		catch (InterruptedException | RuntimeException ex) {
			gate.inFlight.release();
			throw ex;
		}
		return gate.inFlight::release;
	}

	private static final class Gate {

		final Semaphore inFlight;

		private long nextStart = Long.MIN_VALUE;

		Gate(int concurrency) {
			this.inFlight = new Semaphore(concurrency, true);
		}

		/** Takes the next start slot and says how long until it comes. */
		synchronized long reserveStart(long now, long interval) {
			long start = (this.nextStart == Long.MIN_VALUE || this.nextStart - now < 0) ? now : this.nextStart;
			this.nextStart = start + interval;
			return start - now;
		}

	}

}
