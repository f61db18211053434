package io.digestcatalog.core.artifact.pdf;

import java.util.Locale;
import java.util.regex.Pattern;

import io.digestcatalog.core.dedupe.NormalizedTitle;

/**
 * Comparing titles found in different places, and telling a producer's junk title
 * ("Microsoft Word - paper.doc", "acl07.dvi") from a real one. Public for the evaluation
 * (batch-eval), which compares titles and abstracts the same way.
 */
public final class TitleText {

	/** Normalized titles this similar (1 - edits / length) are the same title. */
	public static final double SAME_TITLE = 0.9;

	private static final Pattern JUNK = Pattern.compile("(?i)^(microsoft (word|powerpoint|excel)\\b.*"
			+ "|.*\\.(dvi|docx?|tex|pdf|ps|eps|rtf|txt|indd|qxd|odt|pages|key|pptx?)"
			+ "|untitled.*|title|no title|presentation\\s*\\d*|document\\s*\\d*|slide\\s*\\d+|proceedings of.*"
			+ "|.*\\bjournal of\\b.*|.*transactions on\\b.*|ai magazine|layout \\d+|paper|article|abstract|doi:.*)$");

	private TitleText() {
	}

	/** The folded form, or {@code ""} when nothing comparable remains. */
	public static String normalized(String title) {
		if (title == null) {
			return "";
		}
		try {
			return NormalizedTitle.of(title).value();
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	/**
	 * Whether a metadata title could be a paper's title at all: a few words, not a file
	 * name or a word processor's label.
	 */
	static boolean plausible(String title) {
		if (title == null) {
			return false;
		}
		String t = title.strip();
		return normalized(t).split(" ").length >= 3 && !JUNK.matcher(t.toLowerCase(Locale.ROOT)).matches();
	}

	/** 1 - Levenshtein distance / longer length, on normalized titles. */
	public static double similarity(String a, String b) {
		String x = normalized(a);
		String y = normalized(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (Math.abs(x.length() - y.length()) > Math.max(x.length(), y.length()) * (1 - SAME_TITLE)) {
			return 0;
		}
		return 1 - (double) distance(x, y) / Math.max(x.length(), y.length());
	}

	/** Levenshtein distance. */
	public static int distance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

}
