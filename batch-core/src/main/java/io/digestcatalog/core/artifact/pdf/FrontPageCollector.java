package io.digestcatalog.core.artifact.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of the first pages with their positions, in PDFBox's own lines
 * (sorted by position, so superscripts stay on their line and rotated text forms lines of
 * its own), and splits each line into fragments at column-sized gaps.
 */
final class FrontPageCollector extends PDFTextStripper {

	private final Cancellation cancellation;

	private final List<PageLayout> pages = new ArrayList<>();

	private final List<List<Glyph>> lines = new ArrayList<>();

	private List<Glyph> line = new ArrayList<>();

	private boolean wordStart;

	private float width;

	private float height;

	private FrontPageCollector(int firstPage, int lastPage, Cancellation cancellation) {
		this.cancellation = cancellation;
		setSortByPosition(true);
		setStartPage(firstPage);
		setEndPage(lastPage);
	}

	/** The layouts of pages {@code firstPage} to {@code lastPage} (1-based). */
	static List<PageLayout> collect(PDDocument document, int firstPage, int lastPage, Cancellation cancellation)
			throws IOException {
		FrontPageCollector collector = new FrontPageCollector(firstPage, lastPage, cancellation);
		collector.writeText(document, Writer.nullWriter());
		return collector.pages;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		this.cancellation.check();
		super.processOperator(operator, operands);
	}

	@Override
	protected void startPage(PDPage page) {
		PDRectangle box = page.getCropBox();
		boolean sideways = page.getRotation() % 180 != 0;
		this.width = sideways ? box.getHeight() : box.getWidth();
		this.height = sideways ? box.getWidth() : box.getHeight();
		this.lines.clear();
		this.line = new ArrayList<>();
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) {
		for (TextPosition p : positions) {
			Glyph g = Glyph.of(p, this.wordStart);
			// degenerate glyphs (zero-size braces drawn by some TeX fonts) are invisible
			if (g.size() >= 1) {
				this.line.add(g);
				this.wordStart = false;
			}
		}
	}

	@Override
	protected void writeWordSeparator() {
		this.wordStart = true;
	}

	@Override
	protected void writeLineSeparator() {
		if (!this.line.isEmpty()) {
			this.lines.add(this.line);
			this.line = new ArrayList<>();
		}
		this.wordStart = false;
	}

	@Override
	protected void endPage(PDPage page) {
		writeLineSeparator();
		Map<Integer, Integer> byDirection = new HashMap<>();
		List<TextFragment> all = LineSplitter.fragments(this.lines);
		for (TextFragment f : all) {
			byDirection.merge(f.glyphs().get(0).direction(), f.glyphs().size(), Integer::sum);
		}
		int main = byDirection.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
		List<TextFragment> upright = all.stream().filter(f -> f.glyphs().get(0).direction() == main).toList();
		List<TextFragment> margin = all.stream().filter(f -> f.glyphs().get(0).direction() != main).toList();
		this.pages.add(new PageLayout(getCurrentPageNo(), this.width, this.height, upright, margin));
	}

}
