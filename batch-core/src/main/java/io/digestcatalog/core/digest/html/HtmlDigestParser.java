package io.digestcatalog.core.digest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;

import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.TextSniffer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * A saved web page listing papers, such as the Hugging Face Daily Papers page or a
 * newsletter: each entry is a heading (or a block holding only a title link) followed by
 * abstract paragraphs. Entries come from the page's block structure, their links from the
 * {@code href}s, the arXiv id from the entry's own title link, the date from the page (a
 * {@code <time datetime>} or a date line such as "Jul 29").
 */
public final class HtmlDigestParser implements DigestParser {

	public static final String FORMAT = "html";

	/**
	 * Largest page parsed: a DOM costs several times its source, so larger pages are
	 * refused rather than parsed.
	 */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public int sniff(byte[] head, String fileName) {
		return HtmlSniffer.confidence(head);
	}

	@Override
	public DigestItemStream open(InputStream input, DigestSourceInfo source) throws IOException {
		Path copy = Files.createTempFile("digestcat-html-", ".html");
		try (input) {
			byte[] head = input.readNBytes(8192);
			Files.write(copy, head);
			if (TextSniffer.binaryReason(head).isPresent()) {
				return rejected(source, "not HTML: binary content");
			}
			if (!HtmlSpool.append(input, copy, MAX_BYTES - head.length)) {
				return rejected(source, "HTML page larger than " + (MAX_BYTES >> 20) + " MiB, not parsed");
			}
			String charset = (source.charset() != null) ? source.charset().name() : null;
			Document page = Jsoup.parse(copy, charset, "", Parser.htmlParser().setTrackPosition(true));
			return open(page, source);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private static DigestItemStream open(Document page, DigestSourceInfo source) {
		String base = HtmlPageBase.of(page, source.location());
		page.setBaseUri((base != null) ? base : "");
		List<HtmlBlock> blocks = HtmlBlockReader.read(page.body());
		HtmlEntryGrouper grouper = HtmlEntryGrouper.group(blocks);
		DigestRef ref = source.ref(FORMAT,
				HtmlPageDate.of(page, grouper.header(), grouper.firstEntryPos()).resolve(source.dates()));
		if (grouper.entries().isEmpty()) {
			return DigestItemStream.of(new RejectedEntry(ref, 0, 1,
					"no entries found: no heading or title link followed by an abstract", page.title()));
		}
		return new HtmlDigestStream(ref, grouper.entries());
	}

	private static DigestItemStream rejected(DigestSourceInfo source, String reason) {
		DigestRef ref = source.ref(FORMAT, source.dates().resolve((MonthDay) null));
		return DigestItemStream.of(new RejectedEntry(ref, 0, 1, reason, ""));
	}

}
