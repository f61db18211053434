package io.digestcatalog.core.artifact;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes a body stream that falls silent for longer than the read timeout or outlives its
 * request's deadline. The JDK {@code HttpClient} bounds only the wait for headers, so a
 * server that sends a byte a minute would otherwise hold a thread forever; closing the
 * stream wakes the blocked reader. One daemon thread serves every download of a fetcher.
 */
final class ReadWatchdog implements AutoCloseable {

	private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> {
		Thread thread = new Thread(r, "artifact-read-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	ReadWatchdog() {
		// a finished download's pending check goes at once, not when its timeout would
		// come
		this.scheduler.setRemoveOnCancelPolicy(true);
	}

	/** Starts watching a stream; call {@link Watch#progress()} after every read. */
	Watch watch(Closeable stream, Duration readTimeout, long deadlineNanos, Duration totalTimeout) {
		Watch watch = new Watch(stream, readTimeout, deadlineNanos, totalTimeout);
		watch.schedule(Math.min(readTimeout.toNanos(), deadlineNanos - System.nanoTime()));
		return watch;
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
	}

	/** One watched stream. */
	final class Watch implements AutoCloseable {

		private final Closeable stream;

		private final Duration readTimeout;

		private final long deadline;

		private final Duration totalTimeout;

		private volatile long lastProgress = System.nanoTime();

		private volatile String expired;

		private ScheduledFuture<?> next;

		private boolean closed;

		private Watch(Closeable stream, Duration readTimeout, long deadline, Duration totalTimeout) {
			this.stream = stream;
			this.readTimeout = readTimeout;
			this.deadline = deadline;
			this.totalTimeout = totalTimeout;
		}

		void progress() {
			this.lastProgress = System.nanoTime();
		}

		/** Why the stream was closed under the reader, or {@code null}. */
		String expired() {
			return this.expired;
		}

		@Override
		public synchronized void close() {
			this.closed = true;
			if (this.next != null) {
				this.next.cancel(false);
			}
		}

		private synchronized void schedule(long delayNanos) {
			if (!this.closed) {
				this.next = ReadWatchdog.this.scheduler.schedule(this::check, Math.max(delayNanos, 0),
						TimeUnit.NANOSECONDS);
			}
		}

		private void check() {
			long now = System.nanoTime();
			long silentUntil = this.lastProgress + this.readTimeout.toNanos();
			if (now - silentUntil >= 0) {
				expire("timed out reading the body after " + Lines.duration(this.readTimeout));
			}
			else if (now - this.deadline >= 0) {
				expire("timed out: the request took longer than " + Lines.duration(this.totalTimeout));
			}
			else {
				schedule(Math.min(silentUntil, this.deadline) - now);
			}
		}

		private void expire(String reason) {
			synchronized (this) {
				if (this.closed) {
					return;
				}
				this.expired = reason;
			}
			try {
				this.stream.close();
			}
			catch (IOException ex) {
				// the reader is woken either way; the reason is what matters
			}
		}

	}

}
