package io.digestcatalog.core.digest;

import java.util.List;
import java.util.Optional;

import io.digestcatalog.core.digest.arxiv.ArxivFeedParser;
import io.digestcatalog.core.digest.arxiv.ArxivListingParser;
import io.digestcatalog.core.digest.hf.HfDailyPapersParser;
import io.digestcatalog.core.digest.html.HtmlDigestParser;
import io.digestcatalog.core.digest.pdf.PdfDigestParser;
import io.digestcatalog.core.digest.mail.MailDigestParser;

/**
 * The known digest formats; picks one by content sniffing, or by name when the operator
 * says.
 */
public final class DigestFormats {

	private final List<DigestParser> parsers;

	public DigestFormats(List<DigestParser> parsers) {
		if (parsers.isEmpty()) {
			throw new IllegalArgumentException("at least one digest format is needed");
		}
		this.parsers = List.copyOf(parsers);
	}

	/** The formats this build reads. */
	public static DigestFormats standard() {
		return new DigestFormats(List.of(new TextDigestParser(), new MailDigestParser(), new HfDailyPapersParser(),
				new ArxivListingParser(), new ArxivFeedParser(), new HtmlDigestParser(), new PdfDigestParser()));
	}

	public Optional<DigestParser> byName(String format) {
		return this.parsers.stream().filter(p -> p.format().equalsIgnoreCase(format)).findFirst();
	}

	/**
	 * The parser most confident about these bytes, or empty when none recognizes them.
	 */
	public Optional<DigestParser> sniff(byte[] head, String fileName) {
		DigestParser best = null;
		int bestScore = 0;
		for (DigestParser parser : this.parsers) {
			int score = parser.sniff(head, fileName);
			if (score > bestScore) {
				best = parser;
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}

	public List<String> names() {
		return this.parsers.stream().map(DigestParser::format).toList();
	}

}
