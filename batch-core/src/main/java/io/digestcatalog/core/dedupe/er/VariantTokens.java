package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of a title that name one member of a family of papers: versions and sizes
 * ("V2", "3.5", "8B", "R1", not a year) and the words that name a model's variant
 * ("Nano", "Super", "Ultra", "Mini", "VL", "Omni"...), in the title's name part (before
 * its colon, or its first three words), where a family puts them. Elsewhere numbers are
 * the details that sources add or leave out of one title (a workshop's year, a volume, a
 * date). Papers of one family share all but these ("Nemotron 3 Nano: …", "Nemotron 3
 * Super: …"; "DeepSeek Technical Report", "DeepSeek-V2 Technical Report"; "Qwen3-Omni",
 * "Qwen3.5-Omni"), so titles that start with one name and differ in them are different
 * papers however alike the rest is; a title that lacks the name altogether was shortened
 * by its source, and is compared as usual. A version glued to a name keeps only its
 * number ("Qwen3.5" gives "3.5"), so that a typo in the name is not a different version.
 */
final class VariantTokens {

	/** Words, with the dots of a version kept ("qwen3.5", "n1.5"). */
	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.\\d+)*");

	/** A version or size on its own: "v2", "3.5", "8b", "r1", "4o", "2024". */
	private static final Pattern STANDALONE = Pattern.compile("[a-z]?\\d+(?:\\.\\d+)*[a-z]{0,2}");

	/** The version at the end of a name: "qwen3.5" gives "3.5", "llama3" gives "3". */
	private static final Pattern GLUED = Pattern.compile("\\p{L}{2,}(\\d+(?:\\.\\d+)*[a-z]?)");

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

	private static final Pattern DIGIT = Pattern.compile(".*\\d.*");

	private static final Set<String> VARIANT_WORDS = Set.of("nano", "micro", "mini", "tiny", "small", "medium", "large",
			"xl", "xxl", "super", "ultra", "pro", "max", "plus", "lite", "flash", "turbo", "omni", "vl", "instruct",
			"chat", "coder", "math", "air", "preview", "base", "distill", "zero");

	private static final int NAME_WORDS = 3;

	private VariantTokens() {
	}

	/** The tokens of the title's name part. */
	static Set<String> of(String title) {
		return tokens(title, true);
	}

	/** The tokens of the whole title, wherever they stand. */
	static Set<String> anywhere(String title) {
		return tokens(title, false);
	}

	private static Set<String> tokens(String title, boolean nameOnly) {
		String text = TextFolding.foldLetters(title).toLowerCase(Locale.ROOT);
		int colon = text.indexOf(':');
		List<Integer> starts = new ArrayList<>();
		List<String> words = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			starts.add(m.start());
			words.add(m.group());
		}
		// "Name: what it is" when the colon comes early; else the first words name it
		int nameWords = NAME_WORDS;
		if (colon > 0) {
			int before = (int) starts.stream().filter(start -> start < colon).count();
			if (before <= NAME_WORDS + 1) {
				nameWords = before;
			}
		}
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < words.size(); i++) {
			if (nameOnly && i >= nameWords) {
				break;
			}
			String token = words.get(i);
			Matcher glued = GLUED.matcher(token);
			if (YEAR.matcher(token).matches()) {
				// a year says when, not which
				continue;
			}
			if (STANDALONE.matcher(token).matches() || VARIANT_WORDS.contains(token)) {
				tokens.add(token);
			}
			else if (glued.matches()) {
				tokens.add(glued.group(1));
			}
		}
		return tokens;
	}

	/**
	 * The tokens that tell the two titles apart: one names itself with a token the other
	 * has nowhere ("Nano" against "Super", "3.5" against "3", "V2" against none), or an
	 * empty set. A title cut by a layout is compared only on what it kept.
	 */
	static Set<String> conflict(TitleAnalysis a, TitleAnalysis b) {
		Set<String> differ = new HashSet<>();
		if (!sameName(a, b)) {
			// one title names a model the other does not name at all (a source dropped
			// the
			// name): that is no other member of a family
			return differ;
		}
		// a whole title's name may sit beyond where the other was cut: only what the cut
		// one kept is compared
		if (!b.truncated() || a.truncated()) {
			missing(a, b, differ);
		}
		if (!a.truncated() || b.truncated()) {
			missing(b, a, differ);
		}
		return differ;
	}

	/**
	 * Both titles start with the same name, versions aside ("InternVL3" and
	 * "InternVL3.5", "Nemotron 3 Nano" and "Nemotron 3 Super").
	 */
	private static boolean sameName(TitleAnalysis a, TitleAnalysis b) {
		if (a.words().isEmpty() || b.words().isEmpty()) {
			return false;
		}
		return stem(a.words().get(0)).equals(stem(b.words().get(0)));
	}

	private static String stem(String word) {
		int end = word.length();
		while (end > 1 && Character.isDigit(word.charAt(end - 1))) {
			end--;
		}
		return word.substring(0, end);
	}

	/**
	 * The name tokens of {@code from} that {@code in} lacks; a version is found however
	 * the other spaced or dotted it ("C4.5", "C4. 5").
	 */
	private static void missing(TitleAnalysis from, TitleAnalysis in, Set<String> differ) {
		String compact = null;
		for (String token : from.variants()) {
			if (in.versions().contains(token)) {
				continue;
			}
			if (DIGIT.matcher(token).matches()) {
				compact = (compact != null) ? compact : in.folded().replace(" ", "");
				if (compact.contains(token.replace(".", ""))) {
					continue;
				}
			}
			differ.add(token);
		}
	}

}
