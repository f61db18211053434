package io.digestcatalog.core.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a URL as written in a digest into one canonical form: trailing punctuation and
 * duplicated {@code {url}} remnants cut, scheme and host lower-cased, default ports,
 * fragments and tracking parameters dropped, trailing slash made canonical.
 */
public final class UrlNormalizer {

	private static final String TRAILING_NOISE = ".,;:!?'\"*";

	private static final Pattern TRACKING_PARAM = Pattern.compile("(?i)^(utm_[a-z]+|fbclid|gclid)=.*");

	private UrlNormalizer() {
	}

	/**
	 * Cuts what a digest glued to a URL: trailing punctuation, unbalanced brackets, a
	 * {remnant}.
	 */
	public static String clean(String raw) {
		String s = raw.strip();
		int brace = s.indexOf('{');
		if (brace > 0) {
			s = s.substring(0, brace);
		}
		boolean changed = true;
		while (changed && !s.isEmpty()) {
			changed = false;
			char last = s.charAt(s.length() - 1);
			if (TRAILING_NOISE.indexOf(last) >= 0 || isUnbalancedCloser(s, last)) {
				s = s.substring(0, s.length() - 1);
				changed = true;
			}
		}
		return s;
	}

	private static boolean isUnbalancedCloser(String s, char last) {
		char open = switch (last) {
			case ')' -> '(';
			case ']' -> '[';
			case '}' -> '{';
			case '>' -> '<';
			default -> 0;
		};
		if (open == 0) {
			return false;
		}
		return s.chars().filter(c -> c == open).count() < s.chars().filter(c -> c == last).count();
	}

	/** The normalized URI, or empty when the text is not an absolute http(s) URL. */
	public static Optional<URI> normalize(String raw) {
		String cleaned = clean(raw);
		URI uri;
		try {
			uri = new URI(cleaned);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
			return Optional.empty();
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		int port = uri.getPort();
		if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
			port = -1;
		}
		String path = canonicalPath(uri.getRawPath());
		String query = canonicalQuery(uri.getRawQuery());
		StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
		if (port != -1) {
			sb.append(':').append(port);
		}
		sb.append(path);
		if (query != null) {
			sb.append('?').append(query);
		}
		return Optional.of(URI.create(sb.toString()));
	}

	private static String canonicalPath(String rawPath) {
		if (rawPath == null || rawPath.isEmpty() || "/".equals(rawPath)) {
			return "/";
		}
		String path = rawPath.replaceAll("/{2,}", "/");
		while (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return path;
	}

	private static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return null;
		}
		StringBuilder kept = new StringBuilder();
		for (String param : rawQuery.split("&")) {
			if (!param.isEmpty() && !TRACKING_PARAM.matcher(param).matches()) {
				kept.append(kept.isEmpty() ? "" : "&").append(param);
			}
		}
		return kept.isEmpty() ? null : kept.toString();
	}

}
