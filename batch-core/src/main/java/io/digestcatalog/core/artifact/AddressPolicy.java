package io.digestcatalog.core.artifact;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a fetcher may connect to: http and https only, and only hosts whose every
 * resolved address is an ordinary Internet address, unless an allow-list entry
 * ({@code "127.0.0.1:43123"}, {@code "10.1.0.0/16"}) names it. Links in digests are
 * written by strangers; this keeps them off our loopback, our networks and cloud metadata
 * endpoints.
 * <p>
 * The check is made before every request, redirects included. Residual risk: Java 17's
 * {@code HttpClient} resolves the host again itself and offers no way to pin the checked
 * address (a Host header is restricted, and TLS checks the certificate against the URL's
 * host), so a DNS rebinding answer could slip between check and connect if the JVM's
 * address cache ({@code networkaddress.cache.ttl}, 30 s by default) expired in between.
 * Keep that cache enabled; both lookups then read the same cached answer.
 */
public final class AddressPolicy {

	/** Name resolution, replaceable in tests that need a name with several addresses. */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	private final List<AllowEntry> allowed;

	private final Resolver resolver;

	AddressPolicy(List<AllowEntry> allowed, Resolver resolver) {
		this.allowed = List.copyOf(allowed);
		this.resolver = resolver;
	}

	/** Public addresses only. */
	public static AddressPolicy defaults() {
		return new AddressPolicy(List.of(), InetAddress::getAllByName);
	}

	/**
	 * Public addresses, plus these entries: {@code ip:port}, {@code [ipv6]:port},
	 * {@code name:port} or a CIDR block such as {@code 10.0.0.0/8}.
	 */
	public static AddressPolicy allowing(String... entries) {
		return new AddressPolicy(Arrays.stream(entries).map(AllowEntry::parse).toList(), InetAddress::getAllByName);
	}

	/**
	 * Why this URL must not be fetched, as one line ("refused: 10.0.0.5 is a private
	 * address", "refused: scheme file is not http(s)", "cannot resolve host x"), or empty
	 * when it may be. Resolves the host, and nothing else: no connection is made.
	 */
	public Optional<String> refusal(URI url) {
		return Optional.ofNullable(schemeRefusal(url)).or(() -> addressRefusal(url));
	}

	/** The refusals that need no DNS: scheme and host syntax. */
	static String schemeRefusal(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : null;
		if (scheme == null) {
			return "refused: " + url + " has no scheme";
		}
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return "refused: scheme " + scheme + " is not http(s)";
		}
		if (url.getHost() == null || url.getHost().isEmpty()) {
			return "refused: no usable host in " + url;
		}
		return null;
	}

	private Optional<String> addressRefusal(URI url) {
		String host = bare(url.getHost());
		int port = port(url);
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			return Optional.of("cannot resolve host " + host);
		}
		for (InetAddress address : addresses) {
			String kind = SpecialAddresses.kindOf(address);
			if (kind != null && this.allowed.stream().noneMatch(a -> a.allows(host, port, address))) {
				String shown = address.getHostAddress();
				return Optional.of(shown.equalsIgnoreCase(host) ? "refused: " + shown + " is " + kind
						: "refused: " + host + " is " + shown + ", " + kind);
			}
		}
		return Optional.empty();
	}

	static int port(URI url) {
		if (url.getPort() >= 0) {
			return url.getPort();
		}
		return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
	}

	private static String bare(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

}
