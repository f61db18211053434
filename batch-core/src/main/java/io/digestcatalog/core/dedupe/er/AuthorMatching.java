package io.digestcatalog.core.dedupe.er;

import java.util.List;

/**
 * Decides when two printed names are the same person, tolerating what sources do to
 * names: initials for given names, one typo in a surname, given and family name swapped.
 */
final class AuthorMatching {

	private AuthorMatching() {
	}

	/**
	 * Authors matched one-to-one, each name of {@code a} to its first free match; a
	 * surname whose initials disagree ("Bob" and "Robert Gerber") counts half.
	 */
	static double matched(List<AuthorName> a, List<AuthorName> b) {
		boolean[] used = new boolean[b.size()];
		double matched = 0;
		for (int pass = 0; pass < 2; pass++) {
			for (AuthorName name : a) {
				for (int j = 0; j < b.size(); j++) {
					if (!used[j] && ((pass == 0) ? same(name, b.get(j)) : sameSurname(name, b.get(j)))) {
						used[j] = true;
						matched += (pass == 0) ? 1 : 0.5;
						break;
					}
				}
			}
		}
		return matched;
	}

	static boolean same(AuthorName a, AuthorName b) {
		char x = a.firstInitial();
		char y = b.firstInitial();
		boolean initials = x == 0 || y == 0 || x == y;
		if (similarSurname(a.surname(), b.surname())) {
			return initials;
		}
		// "Rafael Camps Paré" against "Rafael Camps": a double surname printed in part
		if (x != 0 && x == y && (a.given().contains(b.surname()) || b.given().contains(a.surname()))) {
			return true;
		}
		// "Tang Zhao-Hui" against "Zhao-Hui Tang": each surname is the other's given name
		return isGiven(b.surname(), a) && isGiven(a.surname(), b);
	}

	private static boolean sameSurname(AuthorName a, AuthorName b) {
		return a.surname().length() >= 4 && a.surname().equals(b.surname());
	}

	private static boolean isGiven(String surname, AuthorName other) {
		return other.given().contains(surname) || String.join("", other.given()).equals(surname);
	}

	private static boolean similarSurname(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		// one typo is tolerated only where a name is long enough that it cannot become
		// another common name
		return Math.min(a.length(), b.length()) >= 5 && StringSimilarity.jaroWinkler(a, b) >= 0.93;
	}

}
