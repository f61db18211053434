package io.digestcatalog.core.digest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The plain-text digest, as the Hugging Face Daily Papers page reads when saved as text:
 * a few header lines ending in a date line such as "Jul 29", then entries of a title
 * line, a blank line and an abstract paragraph.
 */
public final class TextDigestParser implements DigestParser {

	public static final String FORMAT = "text";

	/** Longest paragraph kept; longer ones are quarantined, not loaded. */
	static final int MAX_PARAGRAPH = 64 * 1024;

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public int sniff(byte[] head, String fileName) {
		if (TextSniffer.binaryReason(head).isPresent() || TextShape.isTabularOrMarkup(head)) {
			return 0;
		}
		String name = fileName.toLowerCase(Locale.ROOT);
		return (name.endsWith(".txt") || name.endsWith(".text") || !name.contains(".")) ? 60 : 20;
	}

	@Override
	public DigestItemStream open(InputStream input, DigestSourceInfo source) throws IOException {
		return new TextDigestStream(TextSniffer.decode(input, source.charset()), source, MAX_PARAGRAPH);
	}

}
