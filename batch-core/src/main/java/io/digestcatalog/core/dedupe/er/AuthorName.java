package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One author reduced to what sources agree on: the surname and the initials of the given
 * names. Reads "Last, First", "First Last", "F. M. Last" and "Last FM"; particles ("van
 * der") and suffixes ("Jr.") are dropped.
 *
 * @param surname the folded surname's last word, never blank
 * @param initials the folded initials of the given names in order, possibly empty
 * @param given the folded given names, possibly empty
 */
record AuthorName(String surname, String initials, List<String> given) {

	private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "del", "della",
			"le", "la", "du", "dos", "das", "ter", "ten", "zu", "al", "el", "bin", "st");

	private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd");

	private static final Set<String> UNKNOWN = Set.of("", "?", "unknown", "anonymous", "et al", "others", "n a", "none",
			"null");

	/** A group rather than a person: no surname to compare. */
	private static final Pattern CORPORATE = Pattern.compile("\\b(?:corporate|team|group|consortium|committee|"
			+ "project|inc|ltd|corporation|university|institute|laboratory|association|society|staff|editors?)\\b");

	/** "JA": two or three capitals, an initial each. */
	private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,3}");

	/** Between the initials of "D.W." or "Jean-Robert". */
	private static final Pattern INITIAL_BREAK = Pattern.compile("[.\\-]+");

	private static final Pattern WORD_BREAK = Pattern.compile("[\\s,]+");

	AuthorName {
		Objects.requireNonNull(surname, "surname");
		if (surname.isBlank()) {
			throw new IllegalArgumentException("an author needs a surname");
		}
		Objects.requireNonNull(initials, "initials");
		given = List.copyOf(given);
	}

	/** Reads one name; empty for a missing name ("?", "et al.", blank). */
	static Optional<AuthorName> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String s = TextFolding.foldLetters(TextFolding.unmarkup(name)).strip();
		String folded = TextFolding.fold(s);
		if (UNKNOWN.contains(folded) || CORPORATE.matcher(folded).find()) {
			return Optional.empty();
		}
		int comma = s.indexOf(',');
		if (comma >= 0) {
			List<String> last = words(s.substring(0, comma));
			List<String> first = words(s.substring(comma + 1));
			return build(last, first);
		}
		List<String> words = words(s);
		if (words.isEmpty()) {
			return Optional.empty();
		}
		if (words.stream().allMatch(AuthorName::isInitials)) {
			// initials alone ("P. E.") are what is left of a name cut by bad parsing
			return Optional.empty();
		}
		// "Smith JR", "Utgoff P. E" (surname first, initials after) as some indexes print
		// names
		if (words.size() >= 2 && !isInitials(words.get(0))
				&& words.subList(1, words.size()).stream().allMatch(AuthorName::isInitials)) {
			return build(words.subList(0, 1), words.subList(1, words.size()));
		}
		int end = words.size() - 1;
		int start = end;
		while (start > 0 && PARTICLES.contains(lower(words.get(start - 1)))) {
			start--;
		}
		return build(words.subList(end, end + 1), words.subList(0, start));
	}

	private static Optional<AuthorName> build(List<String> last, List<String> first) {
		if (last.isEmpty()) {
			return Optional.empty();
		}
		String surname = TextFolding.fold(last.get(last.size() - 1)).replace(" ", "");
		if (surname.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder initials = new StringBuilder();
		List<String> given = new ArrayList<>();
		for (String word : first) {
			if (PARTICLES.contains(lower(word))) {
				continue;
			}
			// "D.W.", "Jean-Robert" and "JA" carry two initials
			String spaced = CAPITALS.matcher(word).matches() ? String.join(".", word.split("")) : word;
			for (String part : INITIAL_BREAK.split(spaced)) {
				String folded = TextFolding.fold(part).replace(" ", "");
				if (!folded.isEmpty()) {
					initials.append(folded.charAt(0));
					if (folded.length() > 1) {
						given.add(folded);
					}
				}
			}
		}
		return Optional.of(new AuthorName(surname, initials.toString(), given));
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : WORD_BREAK.split(text)) {
			String w = word.strip();
			if (!w.isEmpty() && !SUFFIXES.contains(lower(w).replace(".", ""))) {
				words.add(w);
			}
		}
		return words;
	}

	private static boolean isInitials(String word) {
		return AuthorList.isInitials(word);
	}

	private static String lower(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

	char firstInitial() {
		return this.initials.isEmpty() ? 0 : this.initials.charAt(0);
	}

}
