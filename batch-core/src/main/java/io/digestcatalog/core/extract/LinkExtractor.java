package io.digestcatalog.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every http(s) URL in free text, normalized, classified and without duplicates.
 */
public final class LinkExtractor {

	private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`|\\\\^]+");

	private LinkExtractor() {
	}

	public static List<Link> extract(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		Map<String, Link> byUrl = new LinkedHashMap<>();
		Matcher m = URL.matcher(text);
		while (m.find()) {
			String raw = m.group();
			UrlNormalizer.normalize(raw)
				.map(uri -> LinkClassifier.classify(uri, raw))
				.ifPresent(link -> byUrl.putIfAbsent(link.url(), link));
		}
		return new ArrayList<>(byUrl.values());
	}

}
