package io.digestcatalog.core.artifact;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Downloads artifacts (paper PDFs) linked from digests into a {@link ContentStore},
 * politely (a User-Agent, per-host concurrency and rate limits shared by every thread,
 * conditional requests, backoff that honours Retry-After) and defensively (http(s) only,
 * no private or local addresses at any redirect hop, size and time caps, the body checked
 * for what it claims to be, nothing partial kept).
 * <p>
 * Thread-safe: one instance is meant to be shared by all threads of a job, which is what
 * makes its per-host limits hold. {@link #fetch} never throws for a network or content
 * problem: it returns a failed {@link FetchResult} with a one-line reason.
 */
public final class ArtifactFetcher implements AutoCloseable {

	private final FetchPolicy policy;

	private final ContentStore store;

	private final Sleeper sleeper;

	private final Backoff backoff;

	private final ReadWatchdog watchdog = new ReadWatchdog();

	private final Attempt.Fetching fetching;

	public ArtifactFetcher(FetchPolicy policy, ContentStore store) {
		this(policy, store, Clock.systemUTC(), Sleeper.system());
	}

	/**
	 * @param clock dates results and reads Retry-After dates
	 * @param sleeper waits between attempts and for a host's next start time
	 */
	public ArtifactFetcher(FetchPolicy policy, ContentStore store, Clock clock, Sleeper sleeper) {
		this.policy = Objects.requireNonNull(policy, "policy");
		this.store = Objects.requireNonNull(store, "store");
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
		this.backoff = new Backoff(policy.baseBackoff(), policy.maxBackoff(),
				() -> ThreadLocalRandom.current().nextDouble());
		HostLimiter limiter = new HostLimiter(policy.perHostConcurrency(), policy.perHostInterval(), sleeper,
				System::nanoTime);
		this.fetching = new Attempt.Fetching(policy, store, new Exchange(policy), limiter,
				new BodyReceiver(store, this.watchdog, policy), Objects.requireNonNull(clock, "clock"));
	}

	public FetchPolicy policy() {
		return this.policy;
	}

	public ContentStore store() {
		return this.store;
	}

	/**
	 * Fetches the URL, retrying connection errors, timeouts, cut bodies, 5xx and 429 up
	 * to {@link FetchPolicy#maxAttempts()} times; refusals, other statuses and bodies of
	 * the wrong kind or size fail at once.
	 */
	public FetchResult fetch(FetchRequest request) {
		Objects.requireNonNull(request, "request");
		for (int number = 1;; number++) {
			Attempt attempt = new Attempt(this.fetching, request, conditional(request.previous()), number);
			FetchFailure failure;
			try {
				return attempt.run();
			}
			catch (FetchFailure ex) {
				failure = ex;
			}
			if (!failure.retryable() || number >= this.policy.maxAttempts()) {
				return attempt.failed(failure);
			}
			try {
				this.sleeper.sleep(this.backoff.delay(number, failure.retryAfter()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return attempt.failed(FetchFailure.permanent("interrupted"));
			}
		}
	}

	/**
	 * The validators to send, if the body they describe is still stored: a 304 must point
	 * at a file.
	 */
	private Validators conditional(Validators previous) {
		return (previous != null && previous.any() && this.store.contains(previous.sha256())) ? previous : null;
	}

	/** Stops the read watchdog's thread. */
	@Override
	public void close() {
		this.watchdog.close();
	}

}
