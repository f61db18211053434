package io.digestcatalog.core.artifact.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a page's lines into fragments where columns (or cells of an author grid) part. A
 * gap parts them when it is wider than any word gap (justified Word documents stretch a
 * short line's gaps past an em), or when it is wider than the line's word gaps and the
 * next word starts where many lines of the page start (a column's left edge): producers
 * that report glyphs too wide leave a gutter that looks like a word gap.
 */
final class LineSplitter {

	/** A gap this many glyph sizes wide always parts columns; no word gap is as wide. */
	private static final float ALWAYS = 2.5f;

	private static final int COLUMN_EDGE_LINES = 5;

	private LineSplitter() {
	}

	static List<TextFragment> fragments(List<List<Glyph>> lines) {
		List<List<Glyph>> cleaned = lines.stream().map(LineSplitter::clean).filter(l -> !l.isEmpty()).toList();
		Set<Long> edges = columnEdges(cleaned);
		List<TextFragment> fragments = new ArrayList<>();
		for (int i = 0; i < cleaned.size(); i++) {
			List<Glyph> line = cleaned.get(i);
			float wordGap = medianWordGap(line);
			List<Glyph> current = new ArrayList<>();
			for (Glyph g : line) {
				if (!current.isEmpty() && parts(current.get(current.size() - 1), g, wordGap, edges)) {
					fragments.add(TextFragment.of(current));
					current = new ArrayList<>();
				}
				current.add(g);
			}
			fragments.add(TextFragment.of(current));
		}
		return fragments;
	}

	/**
	 * Drops blank glyphs (marking the next glyph as a word start) and orders glyphs left
	 * to right; PDFBox keeps some lines in drawing order.
	 */
	private static List<Glyph> clean(List<Glyph> line) {
		List<Glyph> glyphs = new ArrayList<>();
		boolean space = false;
		for (Glyph g : line) {
			if (g.isBlank()) {
				space = true;
				continue;
			}
			glyphs.add((space && !g.wordStart()) ? g.startingWord() : g);
			space = false;
		}
		glyphs.sort(Comparator.comparingInt(Glyph::direction).thenComparingDouble(Glyph::x));
		return glyphs;
	}

	private static boolean parts(Glyph prev, Glyph g, float wordGap, Set<Long> edges) {
		float size = Math.max(prev.size(), g.size());
		float gap = g.x() - prev.endX();
		if (g.direction() != prev.direction() || gap < -size || gap > ALWAYS * size) {
			return true;
		}
		return gap > 0.2f * size && gap > 1.3f * wordGap && edges.contains(edgeKey(g));
	}

	private static float medianWordGap(List<Glyph> line) {
		List<Float> gaps = new ArrayList<>();
		for (int i = 1; i < line.size(); i++) {
			Glyph prev = line.get(i - 1);
			float gap = line.get(i).x() - prev.endX();
			if (gap > 0.12f * prev.size()) {
				gaps.add(gap);
			}
		}
		if (gaps.size() < 2) {
			return 0.3f * line.get(0).size();
		}
		gaps.sort(Float::compare);
		return gaps.get(gaps.size() / 2);
	}

	/**
	 * Where many lines of the page start, or resume after a gap wider than their word
	 * gaps (rounded x, per direction): the left edges of columns.
	 */
	private static Set<Long> columnEdges(List<List<Glyph>> lines) {
		Map<Long, Set<Integer>> linesByStart = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			List<Glyph> line = lines.get(i);
			float wordGap = medianWordGap(line);
			for (int j = 0; j < line.size(); j++) {
				Glyph g = line.get(j);
				if (j == 0 || g.x() - line.get(j - 1).endX() > 1.3f * wordGap) {
					linesByStart.computeIfAbsent(edgeKey(g), k -> new HashSet<>()).add(i);
				}
			}
		}
		Set<Long> edges = new HashSet<>();
		for (Long key : linesByStart.keySet()) {
			Set<Integer> near = new HashSet<>(linesByStart.get(key));
			near.addAll(linesByStart.getOrDefault(key - 1, Set.of()));
			near.addAll(linesByStart.getOrDefault(key + 1, Set.of()));
			if (near.size() >= COLUMN_EDGE_LINES) {
				edges.add(key);
			}
		}
		return edges;
	}

	private static long edgeKey(Glyph g) {
		return g.direction() * 100_000L + Math.round(g.x());
	}

}
