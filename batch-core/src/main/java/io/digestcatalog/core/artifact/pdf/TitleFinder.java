package io.digestcatalog.core.artifact.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.digestcatalog.core.artifact.pdf.PdfMetadata.TitleSource;

/**
 * Finds a paper's title on its first page: the block of lines in the largest font in the
 * upper part of the page. The Info and XMP titles are only a tie-breaker (which block)
 * and a spelling (when the page shows nearly the same words), because producers fill them
 * with junk or with another paper's title.
 */
final class TitleFinder {

	/** Titles sit in the upper part of the first page. */
	private static final float UPPER = 0.6f;

	private static final int MAX_WORDS = 40;

	private static final Pattern NOT_A_TITLE = Pattern.compile("(?i)^(arxiv:|doi\\b|issn\\b|isbn\\b|vol\\.|volume \\d"
			+ "|pp\\.|page \\d|(in )?proceedings\\b|journal of\\b|published\\b|preprint\\b|under review\\b|submitted\\b"
			+ "|accepted\\b|to appear\\b|(research|original|review) article\\b|technical report\\b|draft\\b"
			+ "|copyright\\b|©|\\(c\\)|received\\b|abstract\\b|keywords\\b)");

	private TitleFinder() {
	}

	/**
	 * A title and the page block it was read from (empty for a metadata-only title).
	 *
	 * @param title the title, or {@code null}
	 * @param source where it came from
	 * @param block the fragments of page 1 that show it
	 */
	record Choice(String title, TitleSource source, List<TextFragment> block) {

		float lastBaseline() {
			return this.block.isEmpty() ? 0 : this.block.get(this.block.size() - 1).baseline();
		}

	}

	static Choice find(PageLayout page, List<String> metadataTitles) {
		List<String> plausible = metadataTitles.stream().filter(Objects::nonNull).filter(TitleText::plausible).toList();
		List<List<TextFragment>> blocks = blocks(page);
		for (String meta : plausible) {
			for (List<TextFragment> block : blocks) {
				if (TitleText.similarity(meta, text(block)) >= TitleText.SAME_TITLE) {
					return new Choice(meta.strip().replaceAll("\\s+", " "), TitleSource.METADATA_MATCHING_PAGE, block);
				}
			}
		}
		return blocks.stream()
			.filter(b -> text(b).split(" ").length <= MAX_WORDS)
			// sizes a rounding error apart are one size: the upper block wins
			.max(Comparator.comparingInt((List<TextFragment> b) -> Math.round(b.get(0).size() * 2))
				.thenComparing(b -> -b.get(0).baseline()))
			.map(b -> new Choice(text(b), TitleSource.PAGE, b))
			.or(() -> plausible.stream().findFirst().map(m -> new Choice(m, TitleSource.METADATA_ONLY, List.of())))
			.orElse(new Choice(null, TitleSource.NONE, List.of()));
	}

	/**
	 * Same-size fragments in the upper page, each block lines that follow one another
	 * closely; fragments of other sizes in between (a side column) do not break a block.
	 */
	static List<List<TextFragment>> blocks(PageLayout page) {
		List<List<TextFragment>> blocks = new ArrayList<>();
		for (TextFragment f : page.fragments()) {
			if (f.baseline() > UPPER * page.height() || !isCandidate(f)) {
				continue;
			}
			List<TextFragment> open = blocks.stream().filter(b -> continues(b, f)).findFirst().orElse(null);
			if (open != null) {
				open.add(f);
			}
			else {
				blocks.add(new ArrayList<>(List.of(f)));
			}
		}
		return blocks;
	}

	private static boolean isCandidate(TextFragment f) {
		String t = f.text();
		return f.letters() >= 3 && !t.contains("@") && !t.contains("http") && !t.contains("www.")
				&& !NOT_A_TITLE.matcher(t).find();
	}

	private static boolean continues(List<TextFragment> block, TextFragment f) {
		TextFragment last = block.get(block.size() - 1);
		float size = last.size();
		float drop = f.baseline() - last.baseline();
		boolean sameLine = Math.abs(drop) < 0.3f * size;
		return Math.abs(f.size() - size) <= Math.max(0.3f, 0.05f * size) && drop > -0.3f * size && drop <= 2.2f * size
				&& (sameLine || f.overlapsHorizontally(last));
	}

	static String text(List<TextFragment> block) {
		StringBuilder sb = new StringBuilder();
		float size = block.get(0).size();
		for (TextFragment f : block) {
			String line = f.textOfSize(0.8f * size);
			if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
				sb.append(' ');
			}
			sb.append(line);
		}
		return sb.toString().replaceAll("[\\s*∗†‡§¶,]+$", "").replaceAll("\\s+", " ").strip();
	}

}
