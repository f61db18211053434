package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks a paragraph into lines of a given width as a browser prints it: greedily at
 * spaces, after a hyphen in a compound that does not fit ("fine-" / "grained"), and, when
 * hyphenating, inside long lower-case words at a syllable-like point ("represen-" /
 * "tation").
 */
final class LineBreaker {

	private static final String VOWELS = "aeiouy";

	private final PDFont font;

	private final float size;

	private final float width;

	private final boolean hyphenate;

	LineBreaker(PDFont font, float size, float width, boolean hyphenate) {
		this.font = font;
		this.size = size;
		this.width = width;
		this.hyphenate = hyphenate;
	}

	List<String> lines(String paragraph) {
		List<String> lines = new ArrayList<>();
		String line = "";
		List<String> words = new ArrayList<>(List.of(paragraph.split(" ")));
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (fits(candidate)) {
				line = candidate;
				continue;
			}
			String head = breakInside(line, word);
			if (head != null) {
				lines.add(line.isEmpty() ? head : line + " " + head);
				line = "";
				words.add(i + 1, word
					.substring(head.endsWith("-") && !word.startsWith(head) ? head.length() - 1 : head.length()));
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line);
			}
			// a word wider than the line (a long URL) overflows it, as in a browser
			line = word;
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		return lines;
	}

	/**
	 * The longest head of the word that fits after the line, broken where a print may.
	 */
	private String breakInside(String line, String word) {
		String prefix = line.isEmpty() ? "" : line + " ";
		for (int k = word.length() - 2; k >= 2; k--) {
			boolean atHyphen = word.charAt(k - 1) == '-' && Character.isLetterOrDigit(word.charAt(k - 2))
					&& Character.isLetterOrDigit(word.charAt(k));
			if (atHyphen && fits(prefix + word.substring(0, k))) {
				return word.substring(0, k);
			}
			if (this.hyphenate && isSyllableBreak(word, k) && fits(prefix + word.substring(0, k) + "-")) {
				return word.substring(0, k) + "-";
			}
		}
		return null;
	}

	/**
	 * Inside a long lower-case word (punctuation after it aside), three letters or more
	 * from either end, after a vowel before a consonant.
	 */
	private static boolean isSyllableBreak(String word, int k) {
		String letters = word.replaceAll("[.,;:)]+$", "");
		if (letters.length() < 8 || !letters.chars().allMatch(Character::isLowerCase)) {
			return false;
		}
		return k >= 3 && k <= letters.length() - 3 && VOWELS.indexOf(word.charAt(k - 1)) >= 0
				&& VOWELS.indexOf(word.charAt(k)) < 0;
	}

	float widthOf(String text) {
		try {
			return this.font.getStringWidth(text) / 1000 * this.size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean fits(String text) {
		return widthOf(text) <= this.width;
	}

}
