package io.digestcatalog.core.artifact.pdf;

import org.apache.pdfbox.text.TextPosition;

/**
 * One character as placed on the page, in direction-adjusted coordinates (y grows
 * downwards, baseline).
 *
 * @param text the character(s), diacritics already merged by PDFBox
 * @param x left edge
 * @param endX right edge
 * @param baseline the baseline
 * @param size the rendered size in points (font size times every scaling matrix)
 * @param direction the text direction in degrees (0 upright, 90 rotated stamps)
 * @param wordStart whether a word starts here
 */
record Glyph(String text, float x, float endX, float baseline, float size, int direction, boolean wordStart) {

	static Glyph of(TextPosition p, boolean wordStart) {
		// getFontSizeInPt ignores the CTM: PDFs that draw 1pt text scaled up report 1pt
		float size = Math.abs(p.getYScale());
		if (!(size >= 2)) {
			// zero-size glyphs (braces some TeX fonts draw flipped) are invisible
			size = (p.getFontSizeInPt() < 0.5f) ? 0 : Math.max(p.getFontSizeInPt(), p.getHeightDir());
		}
		return new Glyph(p.getUnicode(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj(), size,
				Math.round(p.getDir()), wordStart);
	}

	Glyph startingWord() {
		return new Glyph(this.text, this.x, this.endX, this.baseline, this.size, this.direction, true);
	}

	boolean isBlank() {
		return this.text == null || this.text.isBlank();
	}

}
