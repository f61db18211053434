package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper in reading order, handing on each page's lines with their
 * position and style instead of plain text, so that paragraphs can be told by spacing and
 * style as a reader tells them.
 */
final class PdfLineStripper extends PDFTextStripper {

	/** Receives the lines of one page after another. */
	interface PageSink {

		void page(List<PdfLine> lines) throws IOException;

	}

	private final PageSink sink;

	private final List<PdfLineDraft> page = new ArrayList<>();

	private PdfLineDraft line;

	PdfLineStripper(PageSink sink) {
		this.sink = sink;
		setSortByPosition(true);
	}

	/** Reads every page of the document into the sink. */
	void strip(PDDocument document) throws IOException {
		writeText(document, Writer.nullWriter());
	}

	/** The page being read, from 1, for naming a page that fails. */
	int pageNo() {
		return getCurrentPageNo();
	}

	@Override
	protected void startPage(PDPage pdPage) {
		this.page.clear();
		this.line = null;
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) {
		if (this.line == null) {
			this.line = new PdfLineDraft();
		}
		this.line.add(text, positions);
	}

	@Override
	protected void writeWordSeparator() {
		if (this.line != null) {
			this.line.space();
		}
	}

	@Override
	protected void writeLineSeparator() {
		if (this.line != null && !this.line.isBlank()) {
			this.page.add(this.line);
		}
		this.line = null;
	}

	@Override
	protected void endPage(PDPage pdPage) throws IOException {
		writeLineSeparator();
		float left = Float.MAX_VALUE;
		float right = 0;
		for (PdfLineDraft draft : this.page) {
			left = Math.min(left, draft.left());
			right = Math.max(right, draft.right());
		}
		// margins are alike on both sides: a long URL running into the margin is no edge
		right = Math.min(right, pdPage.getMediaBox().getWidth() - left);
		List<PdfLine> lines = new ArrayList<>(this.page.size());
		for (int i = 0; i < this.page.size(); i++) {
			lines.add(this.page.get(i).toLine(getCurrentPageNo(), i, this.page.size() - 1 - i, right));
		}
		this.sink.page(lines);
	}

}
