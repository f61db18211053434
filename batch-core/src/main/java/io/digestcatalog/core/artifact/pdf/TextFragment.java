package io.digestcatalog.core.artifact.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A run of glyphs on one line with no column-sized gap in it: a title line, one author's
 * cell in a grid of authors, one column's share of a two-column line.
 *
 * @param glyphs the non-blank glyphs, left to right
 * @param text the text, NFKC-normalized (ligatures expanded), spaces where words part
 * @param x0 the left edge
 * @param x1 the right edge
 * @param baseline the baseline of its dominant-size glyphs
 * @param size the dominant glyph size (the size most of its characters have)
 */
record TextFragment(List<Glyph> glyphs, String text, float x0, float x1, float baseline, float size) {

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	/** Smaller than this share of the line's size and raised: a superscript mark. */
	private static final float MARK_SIZE = 0.85f;

	TextFragment {
		glyphs = List.copyOf(glyphs);
	}

	static TextFragment of(List<Glyph> glyphs) {
		float size = dominantSize(glyphs);
		float[] baselines = new float[glyphs.size()];
		int count = 0;
		for (Glyph g : glyphs) {
			if (Math.abs(g.size() - size) < 0.5f) {
				baselines[count++] = g.baseline();
			}
		}
		Arrays.sort(baselines, 0, count);
		float baseline = baselines[count / 2];
		return new TextFragment(glyphs, text(glyphs, null, ""), glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).endX(),
				baseline, size);
	}

	private static float dominantSize(List<Glyph> glyphs) {
		Map<Float, Integer> counts = new HashMap<>();
		for (Glyph g : glyphs) {
			counts.merge(Math.round(g.size() * 2) / 2f, g.text().length(), Integer::sum);
		}
		return counts.entrySet()
			.stream()
			.max((a, b) -> (a.getValue().equals(b.getValue())) ? Float.compare(a.getKey(), b.getKey())
					: Integer.compare(a.getValue(), b.getValue()))
			.orElseThrow()
			.getKey();
	}

	/**
	 * The text with marks (superscript affiliation numbers, footnote symbols) replaced by
	 * {@code replacement}, or dropped when it is {@code null}.
	 */
	String textWithoutMarks(String replacement) {
		return text(this.glyphs, this, (replacement != null) ? replacement : "");
	}

	/** The text of the glyphs at least {@code minSize} big (drops smaller marks). */
	String textOfSize(float minSize) {
		return text(this.glyphs.stream().filter(g -> g.size() >= minSize).toList(), null, "");
	}

	private static String text(List<Glyph> glyphs, TextFragment marksOf, String replacement) {
		// names set apart by wide spaces alone ("Ruifang Ge Raymond J. Mooney")
		float apart = (marksOf != null) ? 1.8f * medianWordGap(glyphs) : Float.MAX_VALUE;
		StringBuilder sb = new StringBuilder();
		Glyph prev = null;
		for (Glyph g : glyphs) {
			float gap = (prev != null) ? g.x() - prev.endX() : 0;
			if (prev != null && gap > apart && gap > 0.45f * g.size()) {
				sb.append(replacement).append(' ');
			}
			else if (prev != null && (g.wordStart() || gap > 0.15f * Math.max(g.size(), prev.size()))) {
				sb.append(' ');
			}
			sb.append((marksOf != null && marksOf.isMark(g)) ? replacement : g.text());
			prev = g;
		}
		return WHITE_SPACE.matcher(nfkc(sb)).replaceAll(" ").strip();
	}

	/** NFKC, which leaves ASCII as it is. */
	private static String nfkc(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return Normalizer.normalize(text, Normalizer.Form.NFKC);
			}
		}
		return text.toString();
	}

	private static float medianWordGap(List<Glyph> glyphs) {
		List<Float> gaps = new ArrayList<>();
		for (int i = 1; i < glyphs.size(); i++) {
			float gap = glyphs.get(i).x() - glyphs.get(i - 1).endX();
			if (gap > 0.12f * glyphs.get(i).size()) {
				gaps.add(gap);
			}
		}
		if (gaps.size() < 3) {
			return Float.MAX_VALUE;
		}
		gaps.sort(Float::compare);
		return gaps.get(gaps.size() / 2);
	}

	boolean isMark(Glyph g) {
		boolean small = g.size() < MARK_SIZE * this.size;
		boolean raised = g.baseline() < this.baseline - 0.15f * this.size;
		return (small && raised) || "*∗†‡§¶‖#♯♮♭☯✉⋆★◦°⋄".contains(g.text().strip());
	}

	int letters() {
		return (int) this.text.codePoints().filter(Character::isLetter).count();
	}

	int words() {
		return this.text.isEmpty() ? 0 : this.text.split(" ").length;
	}

	boolean overlapsHorizontally(TextFragment other) {
		return this.x0 < other.x1 && other.x0 < this.x1;
	}

}
