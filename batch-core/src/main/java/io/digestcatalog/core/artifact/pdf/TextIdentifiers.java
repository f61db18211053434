package io.digestcatalog.core.artifact.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.core.extract.Doi;
import io.digestcatalog.core.extract.Link;
import io.digestcatalog.core.extract.LinkClassifier;
import io.digestcatalog.core.extract.LinkExtractor;
import io.digestcatalog.core.extract.UrlNormalizer;

/**
 * DOIs and URLs in a page's text, with identifiers that wrap at the end of a line
 * ("https://doi.org/10.1371/journal." + "pone.0197919") joined again.
 */
final class TextIdentifiers {

	private static final Pattern DOI = Pattern.compile("(?<![\\w.])10\\.\\d{4,9}/[^\\s\"<>{}]+");

	/** Repository links written without a scheme: "code at github.com/owner/name". */
	private static final Pattern BARE_REPOSITORY = Pattern.compile(
			"(?<![\\w/.@])(?:www\\.)?(?:github\\.com|gitlab\\.com|bitbucket\\.org|huggingface\\.co)/[\\w.\\-]+/[\\w.\\-]+");

	/** A line ending in the middle of a URL or DOI. */
	private static final Pattern WRAPPED = Pattern.compile("(?:https?://|10\\.\\d{4,9}/|www\\.)\\S*[./\\-_=?&#]$");

	private TextIdentifiers() {
	}

	static List<Doi> dois(PageLayout page) {
		Map<String, Doi> found = new LinkedHashMap<>();
		Matcher m = DOI.matcher(unwrapped(page));
		while (m.find()) {
			Doi.parse(m.group()).ifPresent(d -> found.putIfAbsent(d.value(), d));
		}
		// a DOI cut at a line end is a prefix of the whole one printed elsewhere
		List<Doi> dois = new ArrayList<>(found.values());
		dois.removeIf(
				d -> found.keySet().stream().anyMatch(o -> o.length() > d.value().length() && o.startsWith(d.value())));
		return dois;
	}

	static List<Link> links(PageLayout page) {
		String text = unwrapped(page);
		List<Link> links = new ArrayList<>(LinkExtractor.extract(text));
		Matcher m = BARE_REPOSITORY.matcher(text);
		while (m.find()) {
			String raw = m.group();
			UrlNormalizer.normalize("https://" + raw)
				.map(uri -> LinkClassifier.classify(uri, raw))
				.filter(l -> links.stream().noneMatch(o -> o.url().equals(l.url())))
				.ifPresent(links::add);
		}
		return links;
	}

	/**
	 * The page's fragments one per line, a fragment that ends inside an identifier joined
	 * with the next fragment of its column.
	 */
	static String unwrapped(PageLayout page) {
		List<TextFragment> fragments = new ArrayList<>(page.fragments());
		fragments.addAll(page.margin());
		StringBuilder sb = new StringBuilder();
		boolean[] used = new boolean[fragments.size()];
		for (int i = 0; i < fragments.size(); i++) {
			if (used[i]) {
				continue;
			}
			TextFragment f = fragments.get(i);
			String text = f.text();
			int j = i;
			while (WRAPPED.matcher(text).find() && (j = nextInColumn(fragments, j, used)) >= 0) {
				used[j] = true;
				String next = fragments.get(j).text();
				int space = next.indexOf(' ');
				text = text + ((space < 0) ? next : next.substring(0, space) + "\n" + next.substring(space + 1));
			}
			sb.append(text).append('\n');
		}
		return sb.toString();
	}

	private static int nextInColumn(List<TextFragment> fragments, int from, boolean[] used) {
		TextFragment f = fragments.get(from);
		for (int k = from + 1; k < fragments.size() && k < from + 12; k++) {
			TextFragment g = fragments.get(k);
			if (!used[k] && g.baseline() > f.baseline() && g.baseline() - f.baseline() < 2.5f * f.size()
					&& g.overlapsHorizontally(f) && Math.abs(g.x0() - f.x0()) < 3 * f.size()) {
				return k;
			}
		}
		return -1;
	}

}
