package io.digestcatalog.core.digest.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a print's lines back into the text they were printed from: running headers,
 * footers and page numbers dropped, wrapped lines joined into one paragraph per line
 * (broken words mended by the {@link Dehyphenator}), paragraphs apart by a blank line. A
 * line continues the paragraph above it when it is set in the same style and follows at
 * the usual line spacing, or, at the top of a page, when the line before it was wrapped
 * (the first word would not have fitted after it).
 */
final class PdfReflow {

	/**
	 * How much wider than the usual line spacing a gap between paragraphs is at least.
	 */
	private static final float PARAGRAPH_GAP = 1.25f;

	private PdfReflow() {
	}

	/** Reads the spooled lines and writes the re-flowed text. */
	static void write(Path lines, PdfLayout layout, Path text) throws IOException {
		Dehyphenator dehyphenator = layout.dehyphenator();
		try (BufferedReader in = Files.newBufferedReader(lines, StandardCharsets.UTF_8);
				Writer out = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
			PdfLine previous = null;
			String pending = null;
			for (String row = in.readLine(); row != null; row = in.readLine()) {
				PdfLine line = PdfLine.parse(row);
				if (layout.isRunningMargin(line) || line.text().isBlank()) {
					continue;
				}
				if (previous == null) {
					pending = line.text();
				}
				else if (continues(previous, line, layout)) {
					boolean broken = Dehyphenator.endsInBrokenWord(pending);
					if (broken && !dehyphenator.keepsHyphen(pending, line.text())) {
						out.write(pending, 0, pending.length() - 1);
					}
					else {
						out.write(broken ? pending : pending + " ");
					}
					pending = line.text();
				}
				else {
					out.write(pending);
					out.write("\n\n");
					pending = line.text();
				}
				previous = line;
			}
			if (pending != null) {
				out.write(pending);
				out.write("\n");
			}
		}
	}

	static boolean continues(PdfLine previous, PdfLine line, PdfLayout layout) {
		if (!previous.sameStyle(line)) {
			return false;
		}
		if (previous.page() != line.page()) {
			return Dehyphenator.endsInBrokenWord(previous.text()) || previous.wrappedBefore(line);
		}
		float gap = line.baseline() - previous.baseline();
		return gap > 0 && gap <= layout.leading(line) * PARAGRAPH_GAP + 0.5f;
	}

}
