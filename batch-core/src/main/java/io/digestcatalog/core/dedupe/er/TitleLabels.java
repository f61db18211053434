package io.digestcatalog.core.dedupe.er;

import java.util.regex.Pattern;

/**
 * Removes what sources add to a title to say what kind of text it is ("(abstract)",
 * "Tutorial:", "- Book Review", "(Demonstration Description)", "Guest Editor's
 * Foreword"): a label is not part of the title, and one source prints it where another
 * does not. A title that is nothing but a label keeps it.
 */
final class TitleLabels {

	private static final String KIND = "(?:(?:extended |demo |demonstration |panel |poster |short |invited |"
			+ "position |student |experience |industrial |research )?(?:abstract|summary|demo|demonstration|"
			+ "panel|session|poster|talk|keynote|tutorial|paper|description|version|book review|review))";

	/**
	 * A bracketed label: "(abstract)", "[demo]", "(panel session)", "(tutorial session)".
	 */
	private static final Pattern BRACKETED = Pattern.compile("[(\\[]\\s*(?:[\\w' ]{0,30}\\s)?" + KIND + "\\s*[)\\]]",
			Pattern.CASE_INSENSITIVE);

	private static final String EDITORIAL = "(?:guest |special )?(?:editor'?s?'?\\s+(?:foreword|introduction|note)|"
			+ "editorial|foreword|preface|introduction)";

	private static final Pattern LEADING = Pattern.compile(
			"^\\s*(?:" + KIND + "|" + EDITORIAL + "|sigmod challenges paper)\\s*[:\\-\u2013\u2014]\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TRAILING = Pattern.compile(
			"\\s*[:\\-\u2013\u2014,]\\s*(?:an? )?(?:" + KIND + "|" + EDITORIAL + ")\\s*[.]?\\s*$",
			Pattern.CASE_INSENSITIVE);

	private TitleLabels() {
	}

	static String strip(String title) {
		String s = BRACKETED.matcher(title).replaceAll(" ");
		s = LEADING.matcher(s).replaceFirst("");
		s = TRAILING.matcher(s).replaceFirst("");
		return s.isBlank() ? title : s;
	}

}
