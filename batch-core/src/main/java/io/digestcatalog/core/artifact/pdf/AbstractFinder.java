package io.digestcatalog.core.artifact.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;

/**
 * Reads the abstract from page 1: after an "Abstract" heading (on its own, or inline as
 * in "Abstract—We…"), the lines of that heading's column until the next heading, a change
 * of font size or a wide gap. Without a heading (REVTeX), the first block of prose after
 * the authors.
 */
final class AbstractFinder {

	private static final int MAX_CHARS = 6000;

	private AbstractFinder() {
	}

	static String find(PageLayout page, float afterFrontMatter) {
		List<TextFragment> fragments = page.fragments();
		TextFragment heading = fragments.stream().filter(FrontMatter::isAbstractHeading).findFirst().orElse(null);
		List<String> lines = new ArrayList<>();
		TextFragment anchor;
		if (heading != null) {
			String inline = FrontMatter.afterAbstractHeading(heading.text());
			anchor = inline.isEmpty() ? firstUnder(heading, fragments) : heading;
			if (anchor == null) {
				return null;
			}
			lines.add((anchor == heading) ? inline : anchor.text());
		}
		else {
			anchor = fragments.stream()
				.filter(f -> f.baseline() > afterFrontMatter && f.baseline() < 0.6f * page.height() && isProse(f))
				.findFirst()
				.orElse(null);
			if (anchor == null) {
				return null;
			}
			lines.add(anchor.text());
		}
		collectColumn(anchor, fragments, lines);
		String text = join(lines);
		return text.isBlank() ? null : text;
	}

	private static TextFragment firstUnder(TextFragment heading, List<TextFragment> fragments) {
		return fragments.stream()
			.filter(f -> f.baseline() > heading.baseline() + 0.3f * f.size() && f.overlapsHorizontally(heading))
			.findFirst()
			.orElse(null);
	}

	private static void collectColumn(TextFragment anchor, List<TextFragment> fragments, List<String> lines) {
		float size = anchor.size();
		float last = anchor.baseline();
		float leading = 0;
		int chars = lines.get(0).length();
		for (TextFragment f : fragments) {
			if (f.baseline() <= last + 0.3f * size || !inColumn(f, anchor)) {
				continue;
			}
			float drop = f.baseline() - last;
			boolean sameSize = Math.abs(f.size() - size) <= Math.max(0.6f, 0.08f * size);
			// a paragraph break inside an abstract is wider than a line, a footnote
			// farther
			boolean near = (leading == 0) ? drop <= 2.6f * size : drop <= 1.65f * leading;
			if (!near || !sameSize || FrontMatter.isSectionHeading(f) || isFootnote(f) || chars > MAX_CHARS) {
				break;
			}
			leading = (leading == 0) ? drop : Math.min(leading, drop);
			lines.add(f.text());
			chars += f.text().length();
			last = f.baseline();
		}
	}

	/** A footnote starts with its mark: "∗ Part of the work…", "†Research…". */
	private static boolean isFootnote(TextFragment f) {
		return f.isMark(f.glyphs().get(0));
	}

	private static boolean inColumn(TextFragment f, TextFragment anchor) {
		float em = anchor.size();
		return Math.abs(f.x0() - anchor.x0()) <= 3f * em && f.x1() <= anchor.x1() + 2f * em;
	}

	/** A line of running text: several words, most of them lower-case. */
	private static boolean isProse(TextFragment f) {
		String[] words = f.text().split(" ");
		if (words.length < 8) {
			return false;
		}
		long lower = Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
		return lower * 10 >= words.length * 6;
	}

	/**
	 * Joins lines, undoing end-of-line hyphenation ("learn-" + "ing") but keeping the
	 * hyphen of a compound ("HMM-" + "based", "state-of-" + "the-art").
	 */
	static String join(List<String> lines) {
		String all = String.join(" ", lines);
		StringBuilder sb = new StringBuilder();
		for (String line : lines) {
			String l = line.strip();
			if (l.isEmpty()) {
				continue;
			}
			int n = sb.length();
			boolean broken = n > 1 && sb.charAt(n - 1) == '-' && Character.isLetterOrDigit(sb.charAt(n - 2))
					&& Character.isLowerCase(l.charAt(0));
			if (broken && !isCompound(sb.substring(sb.lastIndexOf(" ") + 1, n - 1), l, all)) {
				sb.setLength(n - 1);
			}
			else if (!broken && n > 0) {
				sb.append(' ');
			}
			sb.append(l);
		}
		return sb.toString();
	}

	private static boolean isCompound(String left, String nextLine, String all) {
		String right = nextLine.split("[^\\p{L}\\d]", 2)[0];
		long capitals = left.chars().filter(Character::isUpperCase).count();
		return left.contains("-") || capitals >= 2 || left.chars().anyMatch(Character::isDigit)
				|| all.contains(left + "-" + right);
	}

}
