package io.digestcatalog.core.extract;

import java.util.Objects;

/**
 * A normalized, classified link found in an entry.
 *
 * @param url the normalized URL (for a repository, its canonical {@code host/owner/name})
 * @param kind what the link points at
 * @param repository {@code owner/name} for code repositories, else {@code null}
 * @param raw the text as it appeared in the entry
 */
public record Link(String url, LinkKind kind, String repository, String raw) {

	public Link {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(kind, "kind");
		if (!url.startsWith("http://") && !url.startsWith("https://")) {
			throw new IllegalArgumentException("not an http(s) URL: " + url);
		}
	}

	public String host() {
		int start = this.url.indexOf("://") + 3;
		int end = this.url.indexOf('/', start);
		return (end < 0) ? this.url.substring(start) : this.url.substring(start, end);
	}

}
