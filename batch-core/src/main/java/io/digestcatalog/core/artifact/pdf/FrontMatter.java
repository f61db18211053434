package io.digestcatalog.core.artifact.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Headings that end a paper's front matter, and where they are on page 1. */
final class FrontMatter {

	private static final Pattern ABSTRACT = Pattern.compile("(?i)^(abstract|summary)\\b(\\s*[.:—–-])?\\s*");

	private static final Pattern NAMED = Pattern.compile("(?i)^(keywords?|key ?words|index terms|author keywords"
			+ "|categories and subject descriptors|general terms|acm (classification|reference format)|ccs concepts"
			+ "|pacs( numbers)?|introduction|1\\.? introduction|i\\.? introduction|background|related work)\\b");

	/** Elsevier spaces its headings' letters: "A B S T R A C T". */
	private static final Pattern LETTER_SPACED = Pattern.compile("(\\p{L} ){3,}\\p{L}");

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(\\.\\d{1,2})*\\.?|[IVX]{1,4}\\.)\\s+\\p{Lu}");

	private FrontMatter() {
	}

	/**
	 * "Abstract", "ABSTRACT", "Abstract. We…", "Abstract—In this paper…": not a sentence
	 * that starts with the word.
	 */
	static boolean isAbstractHeading(TextFragment f) {
		String text = heading(f.text());
		Matcher m = ABSTRACT.matcher(text);
		if (!m.lookingAt()) {
			return false;
		}
		String rest = text.substring(m.end());
		return rest.isEmpty() || m.group(2) != null || !Character.isLowerCase(rest.charAt(0));
	}

	/** The text after an inline heading ("Abstract. We…" gives "We…"). */
	static String afterAbstractHeading(String text) {
		return ABSTRACT.matcher(heading(text)).replaceFirst("");
	}

	private static String heading(String text) {
		return LETTER_SPACED.matcher(text).matches() ? text.replace(" ", "") : text;
	}

	/** A heading after which no title, author or abstract text follows. */
	static boolean isSectionHeading(TextFragment f) {
		String t = heading(f.text());
		Matcher named = NAMED.matcher(t);
		if (named.lookingAt()) {
			// "Keywords: …" and "Index Terms—…" run long; "Introduction of X is …" is
			// prose
			return f.words() <= 5 || t.substring(named.end()).matches("\\s*[:.—–-].*");
		}
		return NUMBERED.matcher(t).find() && f.words() <= 8 && !t.endsWith(".") && !t.endsWith(",");
	}

}
