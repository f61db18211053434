package io.digestcatalog.core.dedupe.er;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of a title that name one member of a family of papers: versions and sizes
 * ("V2", "3.5", "8B", "R1", a year) anywhere in the title, and the words that name a
 * model's variant ("Nano", "Super", "Ultra", "Mini", "VL", "Omni"...) in the title's name
 * part (before its colon, or its first three words). Papers of one family share all but
 * these ("Nemotron 3 Nano: …", "Nemotron 3 Super: …"; "DeepSeek Technical Report",
 * "DeepSeek-V2 Technical Report"; "Qwen3-Omni", "Qwen3.5-Omni"), so titles that differ in
 * them are different papers however alike the rest is. A version glued to a name keeps
 * only its number ("Qwen3.5" gives "3.5"), so that a typo in the name is not a different
 * version.
 */
final class VariantTokens {

	/** Words, with the dots of a version kept ("qwen3.5", "n1.5"). */
	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.\\d+)*");

	/** A version or size on its own: "v2", "3.5", "8b", "r1", "4o", "2024". */
	private static final Pattern STANDALONE = Pattern.compile("[a-z]?\\d+(?:\\.\\d+)*[a-z]{0,2}");

	/** The version at the end of a name: "qwen3.5" gives "3.5", "llama3" gives "3". */
	private static final Pattern GLUED = Pattern.compile("\\p{L}{2,}(\\d+(?:\\.\\d+)*[a-z]?)");

	private static final Set<String> VARIANT_WORDS = Set.of("nano", "micro", "mini", "tiny", "small", "medium", "large",
			"xl", "xxl", "super", "ultra", "pro", "max", "plus", "lite", "flash", "turbo", "omni", "vl", "instruct",
			"chat", "coder", "math", "air", "preview", "base", "distill", "zero");

	private static final int NAME_WORDS = 3;

	private VariantTokens() {
	}

	static Set<String> of(String title) {
		String text = TextFolding.foldLetters(title).toLowerCase(Locale.ROOT);
		int colon = text.indexOf(':');
		Set<String> tokens = new HashSet<>();
		Matcher m = TOKEN.matcher(text);
		int position = 0;
		while (m.find()) {
			String token = m.group();
			boolean inName = (colon > 0 && colon < 80) ? m.start() < colon : position < NAME_WORDS;
			position++;
			if (STANDALONE.matcher(token).matches()) {
				tokens.add(token);
				continue;
			}
			Matcher glued = GLUED.matcher(token);
			if (glued.matches()) {
				tokens.add(glued.group(1));
			}
			else if (inName && VARIANT_WORDS.contains(token)) {
				tokens.add(token);
			}
		}
		return tokens;
	}

	/**
	 * The tokens that tell the two titles apart, or an empty set; a title cut by a layout
	 * is compared only on what it kept.
	 */
	static Set<String> conflict(TitleAnalysis a, TitleAnalysis b) {
		Set<String> differ = new HashSet<>();
		if (a.truncated() || b.truncated()) {
			TitleAnalysis cut = a.truncated() ? a : b;
			TitleAnalysis other = (cut == a) ? b : a;
			for (String token : cut.variants()) {
				if (!other.variants().contains(token)) {
					differ.add(token);
				}
			}
			return differ;
		}
		for (String token : a.variants()) {
			if (!b.variants().contains(token)) {
				differ.add(token);
			}
		}
		for (String token : b.variants()) {
			if (!a.variants().contains(token)) {
				differ.add(token);
			}
		}
		return differ;
	}

}
