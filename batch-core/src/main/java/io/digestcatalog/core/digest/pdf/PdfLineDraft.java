package io.digestcatalog.core.digest.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A printed line being collected word by word: its text, where it starts and ends, and
 * the sizes and weights of its glyphs.
 */
final class PdfLineDraft {

	private final StringBuilder text = new StringBuilder();

	private final Map<Float, Integer> sizes = new HashMap<>();

	private float baseline = Float.NaN;

	private float minX = Float.MAX_VALUE;

	private float maxX;

	private float firstWordEnd = Float.NaN;

	private int glyphs;

	private int boldGlyphs;

	void add(String word, List<TextPosition> positions) {
		this.text.append(word);
		for (TextPosition p : positions) {
			if (Float.isNaN(this.baseline)) {
				this.baseline = p.getYDirAdj();
			}
			this.minX = Math.min(this.minX, p.getXDirAdj());
			this.maxX = Math.max(this.maxX, p.getXDirAdj() + p.getWidthDirAdj());
			this.sizes.merge(Math.round(p.getFontSizeInPt() * 2) / 2f, 1, Integer::sum);
			this.glyphs++;
			this.boldGlyphs += isBold(p.getFont()) ? 1 : 0;
		}
		if (Float.isNaN(this.firstWordEnd) && !positions.isEmpty()) {
			TextPosition last = positions.get(positions.size() - 1);
			this.firstWordEnd = last.getXDirAdj() + last.getWidthDirAdj();
		}
	}

	float size() {
		return this.sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
	}

	boolean bold() {
		return this.boldGlyphs * 2 > this.glyphs;
	}

	void space() {
		this.text.append(' ');
	}

	boolean isBlank() {
		return this.text.toString().isBlank();
	}

	float left() {
		return this.minX;
	}

	float right() {
		return this.maxX;
	}

	/** The finished line, placed on its page whose text ends at {@code right}. */
	PdfLine toLine(int page, int fromTop, int fromBottom, float right) {
		return new PdfLine(page, fromTop, fromBottom, this.baseline, size(), bold(), right - this.maxX,
				this.firstWordEnd - this.minX, this.text.toString().strip());
	}

	private static boolean isBold(PDFont font) {
		if (font == null) {
			return false;
		}
		PDFontDescriptor descriptor = font.getFontDescriptor();
		if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
			return true;
		}
		String name = (font.getName() != null) ? font.getName().toLowerCase(Locale.ROOT) : "";
		return name.contains("bold") || name.contains("black") || name.contains("heavy");
	}

}
