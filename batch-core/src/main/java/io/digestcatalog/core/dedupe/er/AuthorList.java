package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits an author list printed as one string into names: "A. Smith, B. Jones and C. Wu",
 * "Smith, A., Jones, B. &amp; Wu, C." and "Smith, A.; Jones, B." all give three names,
 * each kept as printed so that {@code AuthorName} can read its order.
 */
public final class AuthorList {

	private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:;|&|\\band\\b|\\bet\\.?\\s*al\\b\\.?)\\s*");

	/**
	 * "S. E.", "D.W.", "M.K", "J.-R.", "JR": capitals with periods, or one or two
	 * capitals.
	 */
	private static final Pattern INITIALS = Pattern
		.compile("(?:\\p{Lu}\\.\\s*-?\\s*){1,4}\\p{Lu}?\\.?|\\p{Lu}{1,2}|\\p{Lu}\\.?-\\p{Lu}\\.?");

	private AuthorList() {
	}

	/**
	 * The names of {@code best} in order, then every name of {@code others} that is none
	 * of the names kept so far (surname and initials compared as entity resolution does);
	 * names that say nothing ("?", "et al.") are dropped from {@code others}.
	 */
	public static List<String> union(List<String> best, List<List<String>> others) {
		List<String> kept = new ArrayList<>(best);
		List<AuthorName> known = new ArrayList<>();
		for (String name : best) {
			AuthorName.parse(name).ifPresent(known::add);
		}
		for (List<String> list : others) {
			for (String name : list) {
				Optional<AuthorName> parsed = AuthorName.parse(name);
				if (parsed.isPresent() && known.stream().noneMatch(k -> AuthorMatching.same(k, parsed.get()))) {
					known.add(parsed.get());
					kept.add(name);
				}
			}
		}
		return kept;
	}

	/** The names of a printed author list, in order; empty for a blank list. */
	public static List<String> split(String printed) {
		List<String> names = new ArrayList<>();
		if (printed == null) {
			return names;
		}
		for (String group : SEPARATOR.split(TextFolding.unmarkup(printed))) {
			splitCommas(group, names);
		}
		return names;
	}

	/**
	 * A comma separates either two names or a surname from its given names: a part of one
	 * word followed by a part of initials or given names is "Last, First".
	 */
	private static void splitCommas(String group, List<String> names) {
		String[] parts = group.split(",");
		for (int i = 0; i < parts.length; i++) {
			String part = clean(parts[i]);
			if (part.isEmpty()) {
				continue;
			}
			String next = (i + 1 < parts.length) ? clean(parts[i + 1]) : "";
			boolean surnameOnly = !part.contains(" ") && !INITIALS.matcher(part).matches();
			boolean nextIsGiven = !next.isEmpty() && (INITIALS.matcher(next).matches() || (parts.length == 2));
			if (surnameOnly && nextIsGiven) {
				names.add(part + ", " + next);
				i++;
			}
			else {
				names.add(part);
			}
		}
	}

	static boolean isInitials(String word) {
		return INITIALS.matcher(word.strip()).matches();
	}

	private static String clean(String part) {
		String s = part.strip();
		while (s.endsWith(".") && s.length() > 2 && !INITIALS.matcher(s).matches()) {
			s = s.substring(0, s.length() - 1).strip();
		}
		return s;
	}

}
