package io.digestcatalog.core.digest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The URL a saved page's relative links are relative to: its {@code <base href>}, else
 * where it was saved from (the "saved from url" mark browsers write, its canonical link,
 * its {@code og:url}), else its location when that is a URL.
 */
final class HtmlPageBase {

	private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");

	private HtmlPageBase() {
	}

	/** The base URL, or {@code null} when relative links cannot be resolved. */
	static String of(Document page, String location) {
		String origin = firstAbsolute(savedFrom(page), attr(page, "link[rel=canonical][href]", "href"),
				attr(page, "meta[property=og:url][content]", "content"), location);
		Element base = page.selectFirst("base[href]");
		if (base == null) {
			return origin;
		}
		String href = base.attr("href").strip();
		if (isAbsolute(href)) {
			return href;
		}
		if (origin == null) {
			return null;
		}
		try {
			return new URI(origin).resolve(href).toString();
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return origin;
		}
	}

	/** Browsers mark a saved page with a comment before or just inside {@code <html>}. */
	private static String savedFrom(Document page) {
		List<Node> nodes = new ArrayList<>(page.childNodes());
		Element html = page.selectFirst("html");
		if (html != null) {
			nodes.addAll(html.childNodes());
		}
		nodes.addAll(page.head().childNodes());
		for (Node node : nodes) {
			Matcher m = (node instanceof Comment comment) ? SAVED_FROM.matcher(comment.getData()) : null;
			if (m != null && m.find()) {
				return m.group(1);
			}
		}
		return null;
	}

	private static String attr(Document page, String query, String attribute) {
		Element element = page.selectFirst(query);
		return (element != null) ? element.attr(attribute).strip() : null;
	}

	private static String firstAbsolute(String... candidates) {
		for (String candidate : candidates) {
			if (isAbsolute(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean isAbsolute(String url) {
		String lower = (url != null) ? url.toLowerCase(Locale.ROOT) : "";
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

}
