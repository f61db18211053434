package io.digestcatalog.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Readings of response headers: redirects, Retry-After, a 304's result. */
final class Responses {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private Responses() {
	}

	/**
	 * Where a redirect points, resolved against the URL that sent it; {@code null} when
	 * the response is no redirect. The body of a redirect is dropped unread.
	 */
	static URI redirectTarget(URI from, HttpResponse<InputStream> response) throws FetchFailure {
		if (!REDIRECTS.contains(response.statusCode())) {
			return null;
		}
		BodyReceiver.closeQuietly(response.body());
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> FetchFailure.permanent("HTTP " + response.statusCode() + " without a Location"));
		try {
			URI base = (from.getRawPath() == null || from.getRawPath().isEmpty()) ? from.resolve("/") : from;
			return withoutFragment(base.resolve(new URI(location.strip().replace(" ", "%20"))));
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw FetchFailure.permanent("bad redirect Location " + Lines.clean(location));
		}
	}

	/** Retry-After counts on 429 and 503 only, as RFC 9110 gives it meaning there. */
	static Duration retryAfter(HttpResponse<?> response, Instant now) {
		int status = response.statusCode();
		if (status != 429 && status != 503) {
			return null;
		}
		return Backoff.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null), now);
	}

	/**
	 * The previous body, confirmed by a 304, with validators refreshed if the server sent
	 * any.
	 */
	static FetchResult notModified(Attempt.Fetching fetching, FetchRequest request, Validators previous, URI finalUrl,
			HttpResponse<?> response, int attempt) throws FetchFailure {
		Path stored = fetching.store().path(previous.sha256());
		long size;
		try {
			size = Files.size(stored);
		}
		catch (IOException ex) {
			throw FetchFailure.transientFailure("the stored body " + previous.sha256() + " vanished");
		}
		String etag = response.headers().firstValue("ETag").orElse(previous.etag());
		String lastModified = response.headers().firstValue("Last-Modified").orElse(previous.lastModified());
		String contentType = response.headers().firstValue("Content-Type").map(Lines::clean).orElse(null);
		return new FetchResult(request.url(), finalUrl, 304, contentType, size, previous.sha256(), stored,
				fetching.clock().instant(), etag, lastModified, true, attempt, null);
	}

	static URI withoutFragment(URI uri) {
		if (uri.getRawFragment() == null) {
			return uri;
		}
		String text = uri.toString();
		return URI.create(text.substring(0, text.indexOf('#')));
	}

}
