package io.digestcatalog.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Sends one GET and turns whatever goes wrong on the way to the response headers into a
 * {@link FetchFailure}. The response wait is bounded by the read timeout as a socket read
 * timeout would be: a server that accepts and then says nothing is silent too.
 */
final class Exchange {

	private final HttpClient client;

	private final FetchPolicy policy;

	Exchange(FetchPolicy policy) {
		this.policy = policy;
		this.client = HttpClient.newBuilder()
			.connectTimeout(policy.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	HttpResponse<InputStream> send(URI url, ExpectedContent expected, Validators conditional) throws FetchFailure {
		Duration wait = min(this.policy.readTimeout(), this.policy.totalTimeout());
		HttpRequest request;
		try {
			request = request(url, expected, conditional, wait);
		}
		catch (IllegalArgumentException ex) {
			throw FetchFailure.permanent("refused: cannot make a request of " + Lines.clean(url.toString()));
		}
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (HttpConnectTimeoutException ex) {
			throw FetchFailure
				.transientFailure("connection timed out after " + Lines.duration(this.policy.connectTimeout()));
		}
		catch (HttpTimeoutException ex) {
			throw FetchFailure.transientFailure("timed out waiting for the response after " + Lines.duration(wait));
		}
		catch (ConnectException ex) {
			throw FetchFailure.transientFailure("cannot connect to " + url.getHost() + ":" + AddressPolicy.port(url));
		}
		catch (IOException ex) {
			throw FetchFailure.transientFailure("connection failed: " + Lines.clean(String.valueOf(ex.getMessage())));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw FetchFailure.permanent("interrupted");
		}
	}

	private HttpRequest request(URI url, ExpectedContent expected, Validators conditional, Duration wait) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(wait);
		if ("http".equalsIgnoreCase(url.getScheme())) {
			// no h2c upgrade dance with servers of unknown age; HTTP/2 is negotiated over
			// TLS
			request.version(HttpClient.Version.HTTP_1_1);
		}
		request.header("User-Agent", this.policy.userAgent()).header("Accept", accept(expected));
		if (conditional != null && conditional.etag() != null) {
			request.header("If-None-Match", conditional.etag());
		}
		if (conditional != null && conditional.lastModified() != null) {
			request.header("If-Modified-Since", conditional.lastModified());
		}
		return request.build();
	}

	private static String accept(ExpectedContent expected) {
		if (expected.mediaTypes().isEmpty()) {
			return "*/*";
		}
		return expected.mediaTypes().stream().sorted().collect(Collectors.joining(", ")) + ", */*;q=0.1";
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
