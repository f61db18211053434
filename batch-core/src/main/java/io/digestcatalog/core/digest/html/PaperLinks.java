package io.digestcatalog.core.digest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.core.extract.ArxivId;
import org.jsoup.nodes.Element;

/**
 * Reads links: an entry's arXiv id from its title link (a Hugging Face paper page or an
 * arXiv abstract or PDF), and the absolute http(s) URLs an entry links to.
 */
final class PaperLinks {

	private static final String ID = "(\\d{4}\\.\\d{4,5}(?:v\\d{1,3})?|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d{1,3})?)";

	/** {@code /papers/ID} on Hugging Face (relative as saved), arxiv.org abs and pdf. */
	private static final Pattern PAPER = Pattern
		.compile("^(?:(?:https?:)?//(?:www\\.)?huggingface\\.co)?/papers/" + ID + "(?:[/?#].*)?$"
				+ "|^(?:https?:)?//(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/" + ID + "(?:\\.pdf)?(?:[/?#].*)?$");

	private PaperLinks() {
	}

	/** The arXiv id the first paper link among these anchors names, or {@code null}. */
	static ArxivId arxivId(List<Element> anchors) {
		for (Element anchor : anchors) {
			// resolved when the page's base is known, so that /papers/ID on another site
			// is
			// no Hugging Face paper page
			String url = anchor.absUrl("href");
			Matcher m = PAPER.matcher(url.isEmpty() ? anchor.attr("href").strip() : url);
			if (m.matches()) {
				String id = (m.group(1) != null) ? m.group(1) : m.group(2);
				ArxivId parsed = ArxivId.parse(id).orElse(null);
				if (parsed != null) {
					return parsed;
				}
			}
		}
		return null;
	}

	/**
	 * The anchors' targets resolved against the page's base, absolute http(s) only, each
	 * page once whatever its fragment; fragments of the page itself and
	 * {@code javascript:} links are dropped.
	 */
	static List<String> urls(List<Element> anchors) {
		Set<String> pages = new HashSet<>();
		List<String> urls = new ArrayList<>();
		for (Element anchor : anchors) {
			String href = anchor.attr("href").strip();
			if (href.isEmpty() || href.startsWith("#")) {
				continue;
			}
			String url = anchor.absUrl("href");
			String scheme = url.toLowerCase(Locale.ROOT);
			int hash = url.indexOf('#');
			// a card's comment link is the paper page again
			String page = (hash < 0) ? url : url.substring(0, hash);
			if ((scheme.startsWith("http://") || scheme.startsWith("https://")) && pages.add(page)) {
				urls.add(url);
			}
		}
		return urls;
	}

}
