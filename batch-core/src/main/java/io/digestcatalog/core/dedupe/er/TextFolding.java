package io.digestcatalog.core.dedupe.er;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * Folds text written in different conventions (HTML entities and tags, LaTeX accents,
 * math and commands, Unicode compatibility forms, diacritics, case) to plain lower-case
 * ASCII-like words, so that the same title or name typed by different sources compares
 * equal.
 */
final class TextFolding {

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,200}>");

	/** {@code {\"o}}, {@code \'e}, {@code \c{c}}: the letter stays, the accent goes. */
	private static final Pattern LATEX_ACCENT = Pattern
		.compile("\\{?\\\\([`'^\"~=.]|[uvHckrdb](?=[\\s{]))\\s*\\{?\\s*(\\\\?[a-zA-Z])\\s*\\}?\\}?");

	private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\([a-zA-Z]+)\\s*");

	private static final Map<String, String> LATEX_LETTERS = Map.of("ss", "ss", "o", "o", "O", "O", "l", "l", "L", "L",
			"ae", "ae", "AE", "AE", "oe", "oe", "aa", "a", "i", "i");

	private static final String GREEK = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
			+ "omicron pi rho sigma tau upsilon phi chi psi omega";

	private static final String GREEK_LETTERS = "\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7\u03b8\u03b9\u03ba\u03bb"
			+ "\u03bc\u03bd\u03be\u03bf\u03c0\u03c1\u03c3\u03c4\u03c5\u03c6\u03c7\u03c8\u03c9\u03c2";

	private static final String[] GREEK_NAMES = (GREEK + " sigma").split(" ");

	private static final Set<String> GREEK_SET = Set.of(GREEK.split(" "));

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9\\p{L}\\p{N}]+");

	private TextFolding() {
	}

	/**
	 * Resolves HTML entities and tags and LaTeX escapes, keeping case and punctuation
	 * (author names need both to tell surnames from initials).
	 */
	static String unmarkup(String text) {
		String s = text;
		// entities can arrive escaped twice (&amp;#233;)
		for (int i = 0; i < 2 && s.indexOf('&') >= 0; i++) {
			s = Parser.unescapeEntities(s, false);
		}
		if (s.indexOf('<') >= 0) {
			s = TAG.matcher(s).replaceAll(" ");
		}
		if (s.indexOf('\\') >= 0 || s.indexOf('$') >= 0) {
			s = latex(s);
		}
		return s;
	}

	private static String latex(String text) {
		String s = LATEX_ACCENT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
		s = LATEX_COMMAND.matcher(s).replaceAll(m -> {
			String name = m.group(1);
			String letter = LATEX_LETTERS.get(name);
			if (letter != null) {
				return letter;
			}
			// Greek letters carry meaning in titles ($\alpha$-tuning); formatting
			// commands
			// do not
			return GREEK_SET.contains(name.toLowerCase(Locale.ROOT)) ? " " + name + " " : " ";
		});
		return s.replace("$", " ").replace("{", "").replace("}", "").replace("\\", " ");
	}

	/**
	 * Folds accents and compatibility forms: NFKC, then decomposition with marks dropped,
	 * and the letters that do not decompose (ø, ß, æ, ł...) spelled out.
	 */
	static String foldLetters(String text) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
		s = MARKS.matcher(s).replaceAll("");
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\u00f8' -> out.append('o');
				case '\u00d8' -> out.append('O');
				case '\u00df' -> out.append("ss");
				case '\u00e6' -> out.append("ae");
				case '\u00c6' -> out.append("AE");
				case '\u0153' -> out.append("oe");
				case '\u0152' -> out.append("OE");
				case '\u0142' -> out.append('l');
				case '\u0141' -> out.append('L');
				case '\u0111' -> out.append('d');
				case '\u0110' -> out.append('D');
				case '\u00fe' -> out.append("th");
				case '\u0131' -> out.append('i');
				default -> appendGreekOr(out, c);
			}
		}
		return out.toString();
	}

	private static void appendGreekOr(StringBuilder out, char c) {
		int greek = GREEK_LETTERS.indexOf(Character.toLowerCase(c));
		if (greek >= 0) {
			out.append(' ').append(GREEK_NAMES[greek]).append(' ');
		}
		else {
			out.append(c);
		}
	}

	/** Markup resolved, letters folded, lower case, words separated by single spaces. */
	static String fold(String text) {
		String s = foldLetters(unmarkup(text)).toLowerCase(Locale.ROOT);
		return NON_WORD.matcher(s).replaceAll(" ").strip();
	}

}
