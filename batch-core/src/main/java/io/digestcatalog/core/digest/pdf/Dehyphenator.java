package io.digestcatalog.core.digest.pdf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Mends words a print broke at a line end. A line ending in "letter-" is joined to the
 * next line's first word; the hyphen stays when it is a real one, decided in this order:
 * <ol>
 * <li>the next line starts with no lower-case letter: "Multi-" + "Granular", "GPT-" + "4"
 * keep it;</li>
 * <li>the part before it is a URL or path, already holds a hyphen ("state-of-the-"), or
 * is an acronym or holds a digit ("AutoML-", "3D-"): keep it;</li>
 * <li>the print itself, elsewhere, spells the word more often hyphenated ("fine-grained")
 * or more often joined ("representation"): follow the print;</li>
 * <li>both parts are words of three letters or more that the print uses on their own
 * ("viewpoint-" + "consistency"), as the parts of a compound are and the syllables of a
 * hyphenated word ("represen-" + "tation") are not: keep it;</li>
 * <li>the first part is a word that forms compounds ("fine-", "self-", "multi-") or the
 * second one a word that ends them ("-based", "-aware", "-grained"): keep it;</li>
 * <li>otherwise the hyphen was the printer's and goes.</li>
 * </ol>
 */
final class Dehyphenator {

	private static final int MAX_WORDS = 200_000;

	/** Words that start compounds far more often than they are broken syllables. */
	private static final Set<String> FIRST_PARTS = Set.of("all", "black", "class", "coarse", "cross", "data", "domain",
			"end", "few", "fine", "first", "full", "half", "high", "human", "image", "instance", "large", "long", "low",
			"many", "mini", "model", "multi", "non", "object", "one", "open", "pixel", "pseudo", "real", "scene",
			"second", "self", "semi", "short", "single", "small", "state", "task", "text", "three", "time", "token",
			"top", "two", "video", "well", "white", "world", "zero");

	/** Words that end compounds ("-based", "-aware") far more often than syllables do. */
	private static final Set<String> SECOND_PARTS = Set.of("agnostic", "art", "attention", "aware", "based", "box",
			"centric", "conditioned", "consistent", "dependent", "dimensional", "driven", "efficient", "free",
			"grained", "guided", "independent", "invariant", "level", "like", "modal", "only", "oriented", "quality",
			"range", "scale", "series", "shot", "source", "specific", "supervised", "temporal", "term", "trained",
			"tuned", "tuning", "wise", "world");

	private final Map<String, Integer> words = new HashMap<>();

	/** Notes the words of a line as printed, whole ones only. */
	void learn(String line) {
		String[] tokens = line.split("\\s+");
		for (int i = 0; i < tokens.length; i++) {
			String word = core(tokens[i]);
			boolean brokenAtEnd = i == tokens.length - 1 && tokens[i].endsWith("-");
			if (word.isEmpty() || brokenAtEnd) {
				continue;
			}
			count(word);
			String[] parts = word.split("-");
			// "multi-temporal-source" vouches for "multi-temporal" and "temporal-source"
			for (int p = 0; parts.length > 2 && p + 1 < parts.length; p++) {
				count(parts[p] + "-" + parts[p + 1]);
			}
		}
	}

	private void count(String word) {
		if (this.words.size() < MAX_WORDS || this.words.containsKey(word)) {
			this.words.merge(word, 1, Integer::sum);
		}
	}

	/**
	 * Whether a line ends in a word broken at a hyphen: a letter or digit before it, not
	 * a dash standing alone.
	 */
	static boolean endsInBrokenWord(String line) {
		int n = line.length();
		return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetterOrDigit(line.charAt(n - 2));
	}

	/**
	 * Whether the hyphen ending {@code line} is part of the word.
	 * @param line a line for which {@link #endsInBrokenWord} holds
	 * @param next the next line of the paragraph
	 */
	boolean keepsHyphen(String line, String next) {
		String left = line.substring(line.lastIndexOf(' ') + 1, line.length() - 1);
		String right = leadingWord(next);
		if (right.isEmpty() || !Character.isLowerCase(right.charAt(0))) {
			return true;
		}
		if (left.contains("/") || left.contains("@") || left.contains("-") || isAcronymOrNumbered(left)) {
			return true;
		}
		String first = core(left);
		int hyphenated = this.words.getOrDefault(first + "-" + right, 0);
		int joined = this.words.getOrDefault(first + right, 0);
		if (hyphenated != joined) {
			return hyphenated > joined;
		}
		if (isWord(first) && isWord(right)) {
			return true;
		}
		return FIRST_PARTS.contains(first) || SECOND_PARTS.contains(right);
	}

	/** A word of three letters or more the print uses on its own. */
	private boolean isWord(String word) {
		return word.length() >= 3 && this.words.containsKey(word);
	}

	private static boolean isAcronymOrNumbered(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (Character.isDigit(c) || (i > 0 && Character.isUpperCase(c))) {
				return true;
			}
		}
		return false;
	}

	/** The letters the next line starts with, lower-cased unless the first is upper. */
	private static String leadingWord(String next) {
		int end = 0;
		while (end < next.length() && Character.isLetter(next.charAt(end))) {
			end++;
		}
		String word = next.substring(0, end);
		return word.isEmpty() || Character.isUpperCase(word.charAt(0)) ? word : word.toLowerCase(Locale.ROOT);
	}

	/** A token without the punctuation around it, lower-cased. */
	private static String core(String token) {
		int start = 0;
		int end = token.length();
		while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
			end--;
		}
		return token.substring(start, end).toLowerCase(Locale.ROOT);
	}

}
