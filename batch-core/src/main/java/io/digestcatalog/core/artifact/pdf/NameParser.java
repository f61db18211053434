package io.digestcatalog.core.artifact.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads person names from a line of a paper's front matter: splits at commas, "and",
 * footnote marks and affiliation numbers, drops e-mail addresses and membership grades,
 * and rejects pieces that are affiliations or ordinary words.
 */
final class NameParser {

	private static final Pattern NOISE = Pattern.compile("\\{[^}]*}\\S*|\\S*@\\S*|https?://\\S*|\\([^)]*\\)"
			+ "|(?i)\\b((senior|student|life|graduate student) )?(member|fellow)\\b|\\bIEEE\\b|\\bACM\\b");

	private static final Pattern SEPARATORS = Pattern
		.compile("[,;&|·•:/\\d*∗†‡§¶#♯♮♭☯✉⋆★◦°⋄‖]+|(?i)\\s+and\\s+|^and\\s+|\\s+and$");

	private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?(-\\p{Lu}\\.?)*");

	private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\p{L}\\.?");

	private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "di", "da",
			"du", "dos", "das", "la", "le", "bin", "al", "el", "y", "ten", "ter", "zu", "vander", "st.");

	/** Postcodes and street numbers; affiliation marks are one or two digits. */
	private static final Pattern ADDRESS_NUMBER = Pattern.compile("\\d{3,}");

	private static final Pattern SINGLE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");

	private NameParser() {
	}

	/**
	 * The names on a front-matter line, or none when it is not mostly names.
	 */
	static List<String> names(String line) {
		String cleaned = NOISE.matcher(line).replaceAll(",");
		if (ADDRESS_NUMBER.matcher(cleaned).find()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		int pieces = 0;
		for (String piece : SEPARATORS.split(cleaned)) {
			String candidate = piece.strip().replaceAll("\\s+", " ");
			if (candidate.isEmpty() || candidate.codePoints().noneMatch(Character::isLetter)) {
				continue;
			}
			if (words(candidate).anyMatch(NameWords.AFFILIATION::contains)) {
				return List.of();
			}
			if (SINGLE_NAME.matcher(candidate).matches()) {
				// "Mausam": counted neither way, kept when the line is one of names
				names.add(candidate);
				continue;
			}
			pieces++;
			if (isName(candidate)) {
				names.add(titleCase(candidate));
			}
		}
		long full = names.stream().filter(n -> n.indexOf(' ') > 0).count();
		// a line of names may carry a stray word; a line of prose carries a stray name
		boolean namesLine = full > 0 && full * 10 >= pieces * 6;
		return namesLine ? names.stream().filter(n -> !NameWords.ORDINARY.contains(n.toLowerCase(Locale.ROOT))).toList()
				: List.of();
	}

	private static Stream<String> words(String candidate) {
		return Arrays.stream(candidate.toLowerCase(Locale.ROOT).split("[\\s.!]+"));
	}

	static boolean isName(String candidate) {
		String[] tokens = candidate.split(" ");
		if (tokens.length < 2 || tokens.length > 5) {
			return false;
		}
		int words = 0;
		int capsWords = 0;
		int functionWords = 0;
		for (int i = 0; i < tokens.length; i++) {
			String t = tokens[i];
			String lower = t.toLowerCase(Locale.ROOT);
			boolean edge = i == 0 || i == tokens.length - 1;
			if (NameWords.ORDINARY.contains(lower.replaceAll("[.!]$", ""))) {
				return false;
			}
			if (NameWords.FUNCTION.contains(lower) && (!edge || ++functionWords > 1)) {
				return false;
			}
			if (PARTICLES.contains(lower) && !edge) {
				continue;
			}
			if (INITIAL.matcher(t).matches() && i < tokens.length - 1) {
				continue;
			}
			if (!WORD.matcher(t).matches()) {
				return false;
			}
			words++;
			capsWords += (t.equals(t.toUpperCase(Locale.ROOT))) ? 1 : 0;
		}
		boolean mixedAcronym = capsWords > 0 && capsWords < words && !lastIsCapsSurname(tokens);
		return words > 0 && !mixedAcronym;
	}

	/** "Chris QUIRK": the surname in capitals, as some venues print it. */
	private static boolean lastIsCapsSurname(String[] tokens) {
		String last = tokens[tokens.length - 1];
		for (int i = 0; i < tokens.length - 1; i++) {
			if (tokens[i].length() > 2 && tokens[i].equals(tokens[i].toUpperCase(Locale.ROOT))) {
				return false;
			}
		}
		return last.length() >= 3 && last.equals(last.toUpperCase(Locale.ROOT));
	}

	private static String titleCase(String name) {
		boolean allCaps = name.equals(name.toUpperCase(Locale.ROOT));
		StringBuilder sb = new StringBuilder();
		for (String t : name.split(" ")) {
			boolean caps = t.length() > (allCaps ? 1 : 2) && t.equals(t.toUpperCase(Locale.ROOT)) && !t.endsWith(".");
			sb.append(sb.isEmpty() ? "" : " ").append(caps ? capitalize(t.toLowerCase(Locale.ROOT)) : t);
		}
		return sb.toString();
	}

	private static String capitalize(String lower) {
		StringBuilder sb = new StringBuilder(lower.length());
		boolean start = true;
		for (char c : lower.toCharArray()) {
			sb.append(start ? Character.toUpperCase(c) : c);
			start = c == '-' || c == '\'' || c == '’';
		}
		return sb.toString();
	}

}
