package io.digestcatalog.core.artifact;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * One attempt at a URL: request after request along its redirects, each hop sent in its
 * host's turn and checked by the address policy right before it is sent, until a body is
 * stored, the previous one is confirmed, or the attempt fails.
 */
final class Attempt {

	/** The shared parts of a fetcher an attempt uses. */
	record Fetching(FetchPolicy policy, ContentStore store, Exchange exchange, HostLimiter limiter,
			BodyReceiver receiver, Clock clock) {

	}

	private final Fetching fetching;

	private final FetchRequest request;

	private final Validators conditional;

	private final int number;

	private URI current;

	private int status;

	private String contentType;

	Attempt(Fetching fetching, FetchRequest request, Validators conditional, int number) {
		this.fetching = fetching;
		this.request = request;
		this.conditional = conditional;
		this.number = number;
		this.current = request.url();
	}

	FetchResult run() throws FetchFailure {
		Set<URI> visited = new HashSet<>();
		visited.add(Responses.withoutFragment(this.current));
		for (int redirects = 1;; redirects++) {
			Hop hop = hop();
			if (hop.result() != null) {
				return hop.result();
			}
			if (!visited.add(Responses.withoutFragment(hop.redirect()))) {
				throw FetchFailure.permanent("redirect loop");
			}
			if (redirects > this.fetching.policy().maxRedirects()) {
				throw FetchFailure.permanent("too many redirects (" + redirects + ")");
			}
			this.current = hop.redirect();
		}
	}

	/** A failed result saying where this attempt stopped. */
	FetchResult failed(FetchFailure failure) {
		int shownStatus = (failure.status() != 0) ? failure.status() : this.status;
		String shownType = (failure.contentType() != null) ? failure.contentType() : this.contentType;
		return FetchResult.failed(this.request.url(), this.current, shownStatus, shownType,
				this.fetching.clock().instant(), this.number, failure.getMessage());
	}

	/** A hop ends in a redirect to follow or in the attempt's result. */
	private record Hop(URI redirect, FetchResult result) {

	}

	private Hop hop() throws FetchFailure {
		String refused = AddressPolicy.schemeRefusal(this.current);
		if (refused != null) {
			throw FetchFailure.permanent(refused);
		}
		HostLimiter.Permit permit;
		try {
			permit = this.fetching.limiter().acquire(this.current.getHost());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw FetchFailure.permanent("interrupted");
		}
		try (permit) {
			// checked after our turn came: the client connects a moment later, while the
			// JVM's address cache still holds the very answer that was checked
			refused = this.fetching.policy().addresses().refusal(this.current).orElse(null);
			if (refused != null) {
				throw FetchFailure.permanent(refused);
			}
			long deadline = System.nanoTime() + this.fetching.policy().totalTimeout().toNanos();
			HttpResponse<InputStream> response = this.fetching.exchange()
				.send(this.current, this.request.expected(), this.conditional);
			this.status = response.statusCode();
			this.contentType = response.headers().firstValue("Content-Type").map(Lines::clean).orElse(null);
			URI redirect = Responses.redirectTarget(this.current, response);
			return (redirect != null) ? new Hop(redirect, null) : new Hop(null, complete(response, deadline));
		}
	}

	private FetchResult complete(HttpResponse<InputStream> response, long deadline) throws FetchFailure {
		if (this.status == 304 && this.conditional != null) {
			BodyReceiver.closeQuietly(response.body());
			return Responses.notModified(this.fetching, this.request, this.conditional, this.current, response,
					this.number);
		}
		if (this.status != 200) {
			BodyReceiver.closeQuietly(response.body());
			throw FetchFailure.status(this.status, this.contentType,
					Responses.retryAfter(response, this.fetching.clock().instant()));
		}
		String problem = this.request.expected().contentTypeProblem(this.contentType);
		long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
		if (problem == null && declared > this.fetching.policy().maxBytes()) {
			problem = "body larger than " + Lines.size(this.fetching.policy().maxBytes()) + ", aborted";
		}
		if (problem != null) {
			BodyReceiver.closeQuietly(response.body());
			throw FetchFailure.permanent(problem);
		}
		BodyReceiver.Received body = this.fetching.receiver()
			.receive(response.body(), declared, this.request.expected(), deadline);
		return new FetchResult(this.request.url(), this.current, this.status, this.contentType, body.size(),
				body.sha256(), body.path(), this.fetching.clock().instant(),
				response.headers().firstValue("ETag").orElse(null),
				response.headers().firstValue("Last-Modified").orElse(null), false, this.number, null);
	}

}
