package io.digestcatalog.core.digest;

import java.io.IOException;
import java.io.InputStream;

/** A digest format: tells whether bytes look like it, and streams its entries. */
public interface DigestParser {

	/** The format's name, e.g. {@code text}; recorded with every digest. */
	String format();

	/**
	 * Whether the start of a file looks like this format.
	 * @param head the first bytes of the file (up to a few kilobytes)
	 * @param fileName the file's name, a hint only
	 * @return a confidence from 0 (no) to 100 (certain)
	 */
	int sniff(byte[] head, String fileName);

	/** Opens the digest for streaming; the stream owns and closes the input. */
	DigestItemStream open(InputStream input, DigestSourceInfo source) throws IOException;

}
