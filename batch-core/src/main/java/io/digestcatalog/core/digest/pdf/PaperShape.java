package io.digestcatalog.core.digest.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Tells a paper from a printed digest: a paper has a references section, which a digest
 * never has. Read as a digest, a paper's section headings and paragraphs would turn into
 * made-up entries, so such a PDF is declined (paper PDFs are read by the artifact step).
 */
final class PaperShape {

	private static final Pattern REFERENCES = Pattern
		.compile("(?i)(?:\\d{1,2}\\.?\\s*|[IVX]{1,4}\\.\\s*)?(references|bibliography|works cited|literature cited)");

	private PaperShape() {
	}

	/**
	 * Why the reflowed text is a paper rather than a digest, or {@code null} when it may
	 * be a digest.
	 */
	static String paperReason(Path text) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(text, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.length() < 40 && REFERENCES.matcher(line.strip()).matches()) {
					return "a paper, not a digest: it has a \"" + line.strip()
							+ "\" section (paper PDFs are read as artifacts, not as digests)";
				}
			}
		}
		return null;
	}

}
