package io.digestcatalog.core.digest.arxiv;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the TeX accents arXiv metadata is written with ({@code Tr\'e},
 * {@code M\"{u}ller}, {@code \v{S}}, {@code \o}) into Unicode letters; other TeX is left
 * as written.
 */
final class TexAccents {

	private static final Map<String, String> MARKS = Map.ofEntries(Map.entry("'", "\u0301"), Map.entry("`", "\u0300"),
			Map.entry("^", "\u0302"), Map.entry("~", "\u0303"), Map.entry("\"", "\u0308"), Map.entry("=", "\u0304"),
			Map.entry(".", "\u0307"), Map.entry("u", "\u0306"), Map.entry("v", "\u030C"), Map.entry("H", "\u030B"),
			Map.entry("c", "\u0327"), Map.entry("k", "\u0328"), Map.entry("r", "\u030A"));

	private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("o", "ø"),
			Map.entry("O", "Ø"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
			Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"));

	private static final String LETTER = "(\\\\i|[A-Za-z])";

	/**
	 * {@code {\'e}}, {@code \'{e}}, {@code \'e}; letter accents need braces or a space.
	 */
	private static final Pattern ACCENT = Pattern
		.compile("\\{\\\\([`'^\"~=.uvHckr])\\s*" + LETTER + "}" + "|\\\\([`'^\"~=.uvHckr])\\s*\\{" + LETTER + "}"
				+ "|\\\\([`'^\"~=.])" + LETTER + "|\\\\([uvHckr])\\s+([A-Za-z])");

	private static final Pattern SPECIAL = Pattern.compile("\\{\\\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i)}"
			+ "|\\\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i)(?:\\{}|\\s|(?![A-Za-z]))");

	private TexAccents() {
	}

	/** The text with its TeX accents as composed (NFC) Unicode letters. */
	static String toUnicode(String text) {
		if (text == null || text.indexOf('\\') < 0) {
			return text;
		}
		Matcher m = ACCENT.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			int group = (m.group(1) != null) ? 1 : (m.group(3) != null) ? 3 : (m.group(5) != null) ? 5 : 7;
			String letter = m.group(group + 1).equals("\\i") ? "i" : m.group(group + 1);
			m.appendReplacement(out, Matcher.quoteReplacement(letter + MARKS.get(m.group(group))));
		}
		m.appendTail(out);
		Matcher s = SPECIAL.matcher(out.toString());
		StringBuilder letters = new StringBuilder();
		while (s.find()) {
			String name = (s.group(1) != null) ? s.group(1) : s.group(2);
			s.appendReplacement(letters, Matcher.quoteReplacement(LETTERS.get(name)));
		}
		s.appendTail(letters);
		return Normalizer.normalize(letters, Normalizer.Form.NFC);
	}

}
