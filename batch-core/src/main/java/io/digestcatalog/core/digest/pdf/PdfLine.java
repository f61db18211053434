package io.digestcatalog.core.digest.pdf;

import java.util.Objects;

/**
 * One line of text as printed on a page, with what tells paragraphs apart: where it sits
 * and in what style.
 *
 * @param page the page, from 1
 * @param fromTop its position among the page's lines, from 0 at the top
 * @param fromBottom its position counted from the page's last line, from 0
 * @param baseline its baseline, in points from the top of the page
 * @param size its dominant font size in points
 * @param bold whether most of it is set in a bold face
 * @param slack the room left between its end and the right edge of the page's text
 * @param firstWord the width of its first word, in points
 * @param text its text
 */
record PdfLine(int page, int fromTop, int fromBottom, float baseline, float size, boolean bold, float slack,
		float firstWord, String text) {

	PdfLine {
		Objects.requireNonNull(text, "text");
	}

	/** Whether the two lines are set alike, as lines of one paragraph are. */
	boolean sameStyle(PdfLine other) {
		return this.bold == other.bold && Math.abs(this.size - other.size) < 0.6f;
	}

	/**
	 * Whether the next line's first word would have fitted at the end of this one: if
	 * not, this line was wrapped rather than ended.
	 */
	boolean wrappedBefore(PdfLine next) {
		return this.slack < next.firstWord + 0.3f * this.size;
	}

	/** A key grouping lines of one style, for learning each style's line spacing. */
	String styleKey() {
		return Math.round(this.size * 2) + (this.bold ? "b" : "r");
	}

	/** The line as one line of the spool file; tabs and breaks in text become spaces. */
	String serialize() {
		return this.page + "\t" + this.fromTop + "\t" + this.fromBottom + "\t" + this.baseline + "\t" + this.size + "\t"
				+ this.bold + "\t" + this.slack + "\t" + this.firstWord + "\t"
				+ this.text.replaceAll("[\\t\\r\\n]", " ");
	}

	static PdfLine parse(String line) {
		String[] f = line.split("\t", 9);
		return new PdfLine(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
				Float.parseFloat(f[3]), Float.parseFloat(f[4]), Boolean.parseBoolean(f[5]), Float.parseFloat(f[6]),
				Float.parseFloat(f[7]), f[8]);
	}

}
