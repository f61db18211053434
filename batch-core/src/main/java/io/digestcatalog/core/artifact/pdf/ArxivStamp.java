package io.digestcatalog.core.artifact.pdf;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.core.extract.ArxivId;

/**
 * Reads the stamp arXiv prints on a paper's first page ("arXiv:1504.06236v2 [cs.SI] 24
 * Apr 2015"), usually rotated in the left margin. Ids cited in the text are not the
 * paper's own, so upright text counts only in the stamp's exact form.
 */
final class ArxivStamp {

	private static final String ID = "(\\d{4}\\.\\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7})(v\\d{1,3})?";

	private static final Pattern IN_MARGIN = Pattern.compile("(?i:arxiv):\\s*" + ID + "(?!\\d)");

	/** Upright: the whole stamp, id then [category] then a date. */
	private static final Pattern UPRIGHT = Pattern
		.compile("^(?i:arxiv):\\s*" + ID + "\\s*\\[[a-zA-Z.\\-]+]\\s*\\d{1,2}\\s+\\p{L}{3}");

	private ArxivStamp() {
	}

	static Optional<ArxivId> find(PageLayout page) {
		return first(page.margin(), IN_MARGIN).or(() -> first(page.fragments(), UPRIGHT));
	}

	private static Optional<ArxivId> first(List<TextFragment> fragments, Pattern pattern) {
		for (TextFragment f : fragments) {
			Matcher m = pattern.matcher(f.text());
			if (m.find()) {
				Optional<ArxivId> id = ArxivId.parse(m.group(1) + ((m.group(2) != null) ? m.group(2) : ""));
				if (id.isPresent()) {
					return id;
				}
			}
		}
		return Optional.empty();
	}

}
