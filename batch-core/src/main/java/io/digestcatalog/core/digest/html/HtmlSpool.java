package io.digestcatalog.core.digest.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Copies a page to a temporary file up to a bound, so that an oversized page is noticed
 * before any of it is parsed.
 */
final class HtmlSpool {

	private HtmlSpool() {
	}

	/**
	 * Appends the rest of the input to the file.
	 * @return {@code false} when the input held more than {@code limit} bytes; the file
	 * then holds an incomplete copy
	 */
	static boolean append(InputStream input, Path file, long limit) throws IOException {
		byte[] buffer = new byte[65536];
		long copied = 0;
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
			for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
				copied += n;
				if (copied > limit) {
					return false;
				}
				out.write(buffer, 0, n);
			}
		}
		return true;
	}

}
