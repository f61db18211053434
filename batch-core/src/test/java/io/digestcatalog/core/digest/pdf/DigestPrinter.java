package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.digestcatalog.core.digest.DigestEntry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.ProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Prints a digest to PDF as a browser prints the Daily Papers page: the page's header
 * lines, then per paper a bold title and its abstract wrapped (and hyphenated) at the
 * page width, a title never left alone at a page's foot, the browser's header (time, page
 * title) and footer (address, page counter) on every page.
 */
final class DigestPrinter {

	private static final float MARGIN = 56;

	private static final PDFont REGULAR = new PDType1Font(FontName.HELVETICA);

	private static final PDFont BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

	private static final Style SMALL = new Style(REGULAR, 9, 12, 6);

	private static final Style HEADING = new Style(BOLD, 20, 24, 10);

	private static final Style DATE = new Style(BOLD, 12, 15, 10);

	private static final Style TITLE = new Style(BOLD, 13, 16, 16);

	private static final Style BODY = new Style(REGULAR, 10, 13, 5);

	private final PDDocument document;

	private final PDRectangle format;

	private PDPageContentStream out;

	private float y;

	private DigestPrinter(PDDocument document, PDRectangle format) {
		this.document = document;
		this.format = format;
	}

	/** Prints the entries on pages of this format, protected if a policy is given. */
	static Path print(Path file, List<DigestEntry> entries, PDRectangle format, ProtectionPolicy protection)
			throws IOException {
		try (PDDocument document = new PDDocument()) {
			DigestPrinter printer = new DigestPrinter(document, format);
			printer.newPage();
			printer.paragraph("Get trending papers in your email inbox!", SMALL);
			printer.paragraph("Daily Papers", HEADING);
			printer.paragraph("byAK and the research community", SMALL);
			printer.paragraph("Jul 29", DATE);
			for (DigestEntry entry : entries) {
				List<String> title = printer.breaker(TITLE).lines(entry.title());
				// a title is kept with two lines of its abstract, as print style sheets
				// do
				float needed = TITLE.before + title.size() * TITLE.leading + BODY.before + 2 * BODY.leading;
				if (printer.y - needed < MARGIN) {
					printer.newPage();
				}
				printer.paragraph(entry.title(), TITLE);
				printer.paragraph(entry.abstractText(), BODY);
			}
			printer.out.close();
			printer.decorate();
			if (protection != null) {
				document.protect(protection);
			}
			document.save(file.toFile());
		}
		return file;
	}

	private LineBreaker breaker(Style style) {
		return new LineBreaker(style.font, style.size, this.format.getWidth() - 2 * MARGIN, style == BODY);
	}

	private void paragraph(String text, Style style) throws IOException {
		this.y -= style.before;
		for (String line : breaker(style).lines(text)) {
			if (this.y - style.leading < MARGIN) {
				newPage();
			}
			this.y -= style.leading;
			show(this.out, line, style.font, style.size, MARGIN, this.y);
		}
	}

	private void newPage() throws IOException {
		if (this.out != null) {
			this.out.close();
		}
		PDPage page = new PDPage(this.format);
		this.document.addPage(page);
		this.out = new PDPageContentStream(this.document, page);
		this.y = this.format.getHeight() - MARGIN;
	}

	/** The browser's running header and footer, once the number of pages is known. */
	private void decorate() throws IOException {
		int pages = this.document.getNumberOfPages();
		float width = this.format.getWidth();
		for (int i = 0; i < pages; i++) {
			PDPage page = this.document.getPage(i);
			try (PDPageContentStream margin = new PDPageContentStream(this.document, page, AppendMode.APPEND, true)) {
				float top = this.format.getHeight() - 24;
				String title = "Daily Papers - Hugging Face";
				show(margin, "7/30/25, 9:14 AM", REGULAR, 8, 24, top);
				show(margin, title, REGULAR, 8, (width - REGULAR.getStringWidth(title) / 1000 * 8) / 2, top);
				String counter = (i + 1) + "/" + pages;
				show(margin, "https://huggingface.co/papers", REGULAR, 8, 24, 20);
				show(margin, counter, REGULAR, 8, width - 24 - REGULAR.getStringWidth(counter) / 1000 * 8, 20);
			}
		}
	}

	private static void show(PDPageContentStream out, String text, PDFont font, float size, float x, float y)
			throws IOException {
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset(x, y);
		out.showText(text);
		out.endText();
	}

	private record Style(PDFont font, float size, float leading, float before) {
	}

}
