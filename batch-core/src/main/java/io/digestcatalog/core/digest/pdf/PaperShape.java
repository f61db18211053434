package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.TextDigestParser;

/**
 * Tells a printed digest from a paper (or any other document) before its entries are
 * yielded. A printed digest pairs nearly every paragraph as title and abstract (a little
 * less strictly when it dates itself with a line such as "Jul 29"); a paper does not:
 * read as a digest, its section headings and paragraphs would turn into made-up entries.
 * Paper PDFs are read as the artifacts of papers, not as digests.
 */
final class PaperShape {

	/** Share of unpaired paragraphs above which an undated document is no digest. */
	private static final double MAX_UNPAIRED = 0.10;

	/** The same for a document with a date line (a paper may print a date line too). */
	private static final double MAX_UNPAIRED_DATED = 0.25;

	private static final int MIN_ENTRIES = 3;

	/**
	 * Titles that are a paper's section headings: "Abstract", "1 Introduction", "3.2
	 * Results".
	 */
	private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile(
			"(?i)(abstract|introduction|related work|conclusions?|references|acknowledge?ments?|\\d{1,2}(\\.\\d{1,2})*\\.?\\s+\\p{Lu}.*)");

	private PaperShape() {
	}

	/** Why the reflowed text is no digest, or {@code null} when it reads as one. */
	static String notADigestReason(Path text, DigestSourceInfo source) throws IOException {
		long entries = 0;
		long rejected = 0;
		long sections = 0;
		boolean dated = false;
		try (DigestItemStream items = new TextDigestParser().open(Files.newInputStream(text), source)) {
			DigestItem item;
			while ((item = items.next()) != null) {
				if (item instanceof RejectedEntry) {
					rejected++;
				}
				else {
					entries++;
					String title = ((io.digestcatalog.core.digest.DigestEntry) item).title();
					sections += SECTION.matcher(title).matches() ? 1 : 0;
				}
				String origin = item.digest().dateOrigin();
				dated |= origin != null && origin.contains("from the digest");
			}
		}
		long all = entries + rejected;
		if (sections >= 2) {
			return "a paper, not a digest: " + sections + " of its paragraphs are section headings such as "
					+ "\"Abstract\" or \"1 Introduction\"";
		}
		if (entries < MIN_ENTRIES || rejected > all * (dated ? MAX_UNPAIRED_DATED : MAX_UNPAIRED)) {
			return "a paper or another document, not a digest: " + rejected + " of " + all
					+ " paragraphs do not pair as title and abstract";
		}
		return null;
	}

}
