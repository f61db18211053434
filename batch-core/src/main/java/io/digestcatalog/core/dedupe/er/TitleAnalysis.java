package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title folded for matching: its content words (stop words dropped), and whether it is
 * too short or too generic ("Introduction", "Editorial", a minitrack introduction) to
 * identify a paper by itself.
 *
 * @param folded the whole folded title, words separated by single spaces
 * @param words the content words in title order
 * @param generic the title names a kind of text rather than a paper
 * @param shortTitle three content words or fewer
 * @param referring the title comments on another text ("Addendum to ...", "Reply to ...")
 * @param part the part number ("Part II" gives "ii"), or null
 * @param truncated the title was cut and ended with an ellipsis ("…" or "...") by a page
 * layout: what is left is the start of the real title
 * @param variants the tokens of the title's name that tell members of a family of papers
 * apart (see {@link VariantTokens})
 * @param versions such tokens wherever they stand in the title
 */
record TitleAnalysis(String folded, List<String> words, boolean generic, boolean shortTitle, boolean referring,
		String part, boolean truncated, Set<String> variants, Set<String> versions) {

	private static final Pattern ELLIPSIS = Pattern.compile("(?:\u2026|\\.{3})\\s*$");

	private static final Pattern PART = Pattern.compile("\\b(?:part|vol|volume|chapter) (\\d+|[ivx]+)\\b");

	private static final Pattern REFERRING = Pattern
		.compile("(?:an? )?(?:addendum|erratum|errata|corrigendum|correction|corrections|comments?|commentary|"
				+ "response|reply|rejoinder|remarks|retraction|notes?) (?:to|on|for|of|about|regarding)\\b.*");

	static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "with",
			"by", "at", "from", "via", "into", "its", "is", "are", "as", "be", "do", "does", "we", "our", "it", "this",
			"that", "their", "using", "towards", "toward", "through", "versus", "vs", "s");

	/**
	 * Titles that recur for different texts: front and back matter, columns and session
	 * introductions. Only the words left after stop words are matched.
	 */
	private static final Pattern GENERIC = Pattern.compile("(?:(?:guest |special issue |issue |volume )?"
			+ "(?:introduction|editorial|preface|foreword|prologue|epilogue|overview|editors? (?:notes?|introduction|foreword)|"
			+ "(?:letter|message|note|notes) (?:editors?|chairs?|president)|"
			+ "(?:\\w+ ){0,2}(?:message|column|corner|forum|letter)|keynote(?: address| talk)?|invited talk|"
			+ "panel(?: discussion)?|tutorial|reviewers?|referees|book reviews?|reviews?|errat(?:um|a)|corrigendum|"
			+ "addendum|in memoriam|obituary|acknowledge?ments?|index|author index|contents|table contents|"
			+ "front matter|back matter|call papers|announcements?|news|reports?|abstracts?|poster session|"
			+ "demonstrations?|workshop summary|conclusions?|discussion|summary|comments|reply|response|"
			+ "untitled|title|welcome|opening remarks|closing remarks)(?: \\d+)?)");

	/** A session's introduction names its series, which recurs every year. */
	private static final Pattern SESSION_INTRO = Pattern
		.compile("(?:introduction|intro|overview|preface)\\b.*\\b(?:minitrack|mini track|track|symposium|workshop|"
				+ "special issue|special section|session|cluster|theme issue)\\b.*");

	TitleAnalysis {
		words = List.copyOf(words);
		variants = Set.copyOf(variants);
		versions = Set.copyOf(versions);
	}

	static TitleAnalysis of(String title) {
		String text = (title == null) ? "" : TextFolding.unmarkup(title);
		boolean truncated = ELLIPSIS.matcher(text).find();
		String stripped = TitleLabels.strip(text);
		String folded = TextFolding.fold(stripped);
		List<String> words = new ArrayList<>();
		for (String word : folded.split(" ")) {
			if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
				words.add(word);
			}
		}
		String content = String.join(" ", words);
		boolean generic = !content.isEmpty()
				&& (GENERIC.matcher(content).matches() || SESSION_INTRO.matcher(content).matches());
		Matcher part = PART.matcher(folded);
		return new TitleAnalysis(folded, words, generic, words.size() <= 3, REFERRING.matcher(folded).matches(),
				part.find() ? part.group(1) : null, truncated, VariantTokens.of(stripped),
				VariantTokens.anywhere(stripped));
	}

	/**
	 * Too little title to merge on title evidence alone; a cut title is matched as a
	 * prefix instead (see {@link MatchScorer}).
	 */
	boolean weak() {
		return (this.generic || this.shortTitle) && !this.truncated;
	}

	boolean isEmpty() {
		return this.words.isEmpty();
	}

}
