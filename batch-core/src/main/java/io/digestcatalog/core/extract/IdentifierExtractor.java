package io.digestcatalog.core.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds arXiv ids and DOIs cited in prose. These are mentions: an abstract that cites
 * another paper is not that paper, so nothing found here identifies the entry.
 */
public final class IdentifierExtractor {

	private static final Pattern ARXIV_CITED = Pattern
		.compile("(?i:arxiv[:\\s]\\s*|arxiv\\.org/(?:abs|pdf)/)" + ArxivId.BARE + "(?!\\d)");

	private static final Pattern DOI_CITED = Pattern.compile("(?<![\\w.])" + Doi.BARE);

	private IdentifierExtractor() {
	}

	public static Set<Identifier> mentions(String text) {
		Set<Identifier> found = new LinkedHashSet<>();
		if (text == null || text.isEmpty()) {
			return found;
		}
		Matcher a = ARXIV_CITED.matcher(text);
		while (a.find()) {
			if (ArxivId.isValidId(a.group(1))) {
				found.add(new Identifier(Identifier.ARXIV, a.group(1)));
			}
		}
		Matcher d = DOI_CITED.matcher(text);
		while (d.find()) {
			Doi.parse(d.group()).ifPresent(doi -> found.add(Identifier.of(doi)));
		}
		return found;
	}

}
