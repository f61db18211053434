package io.digestcatalog.core.digest.arxiv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an author line as arXiv prints it ({@code A, B and C}, affiliations in
 * parentheses, {@code et al. (97 additional authors not shown)}) into names.
 */
final class AuthorNames {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final int MAX_AUTHORS = 10_000;

	private AuthorNames() {
	}

	static List<String> split(String line) {
		List<String> names = new ArrayList<>();
		if (line == null) {
			return names;
		}
		StringBuilder name = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < line.length() && names.size() < MAX_AUTHORS; i++) {
			char c = line.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && c == ',') {
				add(names, name);
			}
			else if (depth == 0 && line.startsWith(" and ", i)) {
				add(names, name);
				i += 4;
			}
			else if (depth == 0) {
				name.append(c);
			}
		}
		add(names, name);
		return names;
	}

	private static void add(List<String> names, StringBuilder name) {
		String s = SPACES.matcher(name).replaceAll(" ").strip();
		name.setLength(0);
		if (s.startsWith("and ")) {
			s = s.substring(4).strip();
		}
		if (!s.isEmpty() && !s.equals("et al.") && !s.equals("et al") && !s.equals("others")) {
			names.add(s);
		}
	}

}
