package io.digestcatalog.eval.pdf;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.digestcatalog.core.artifact.pdf.TitleText;

/**
 * Whether an expected author was found: the surname (the part before a comma, else the
 * last word) appears in an extracted name, compared without case or accents. A character
 * the ground truth lost to a bad encoding (U+FFFD) matches any letter, and a surname of
 * six letters or more may differ by one edit (ground truth "Milyeykovski", page
 * "Milyeykovsky").
 */
final class Surnames {

	private Surnames() {
	}

	static String surname(String expectedAuthor) {
		String a = expectedAuthor.strip();
		int comma = a.indexOf(',');
		if (comma > 0) {
			return a.substring(0, comma).strip();
		}
		String[] words = a.split("\\s+");
		return words[words.length - 1];
	}

	static boolean found(String expectedAuthor, List<String> extracted) {
		String surname = fold(surname(expectedAuthor)).replace('\uFFFD', '.');
		if (surname.isEmpty()) {
			return false;
		}
		Pattern pattern = Pattern.compile(Pattern.quote(surname).replace(".", "\\E.\\Q"));
		for (String name : extracted) {
			if (pattern.matcher(fold(name).replace(" ", "")).find()) {
				return true;
			}
			for (String word : fold(name).split(" ")) {
				if (surname.length() >= 6 && TitleText.distance(word, surname) <= 1) {
					return true;
				}
			}
		}
		return false;
	}

	/** Lower case, no accents, letters and spaces only (U+FFFD kept). */
	static String fold(String s) {
		String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\uFFFD ]", "").replaceAll("\\s+", " ").strip();
	}

}
