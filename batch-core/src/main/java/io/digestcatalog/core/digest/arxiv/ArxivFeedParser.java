package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.TextSniffer;

/**
 * arXiv as XML: responses of the arXiv API (Atom, with the {@code arxiv:} extension
 * namespace declared on each element as before 2025, or once on the feed as since), and
 * the announcement feeds of rss.arxiv.org (RSS 2.0 and Atom, with
 * {@code arxiv:announce_type} and {@code dc:creator}). Read with StAX, without DTDs or
 * external entities.
 */
public final class ArxivFeedParser implements DigestParser {

	public static final String FORMAT = "arxiv-atom";

	/** Skips a declaration, comments and a doctype to find the root element's name. */
	private static final Pattern ROOT = Pattern.compile(
			"\\A\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:(?:<!--.*?-->|<\\?[^>]*\\?>|<!DOCTYPE[^>\\[]*(?:\\[.*?])?\\s*>)\\s*)*<(?:[A-Za-z_][\\w.-]*:)?(feed|rss|RDF)[\\s>/]",
			Pattern.DOTALL);

	private static final Pattern ARXIV = Pattern.compile(
			"arxiv\\.org/schemas/atom|arxiv\\.org/abs/|oai:arXiv\\.org:|ArXiv Query:|updates on arXiv\\.org",
			Pattern.CASE_INSENSITIVE);

	@Override
	public String format() {
		return FORMAT;
	}

	/**
	 * 95 for an Atom or RSS feed from arXiv; 30 for another feed, which this parser reads
	 * but whose entries have no arXiv ids.
	 */
	@Override
	public int sniff(byte[] head, String fileName) {
		if (TextSniffer.binaryReason(head).isPresent()) {
			return 0;
		}
		String text = ArxivSniffing.decode(head);
		if (!ROOT.matcher(text).lookingAt()) {
			return 0;
		}
		return ARXIV.matcher(text).find() ? 95 : 30;
	}

	@Override
	public DigestItemStream open(InputStream input, DigestSourceInfo source) throws IOException {
		return new ArxivFeedStream(input, source);
	}

}
