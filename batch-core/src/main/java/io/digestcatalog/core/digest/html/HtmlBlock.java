package io.digestcatalog.core.digest.html;

import java.util.List;
import java.util.Objects;

import org.jsoup.nodes.Element;

/**
 * One block of a page as a reader sees it: a heading, a block holding nothing but one
 * link (a title link), or a run of text.
 *
 * @param kind what the block is
 * @param level 1 to 6 for headings, {@link #TITLE_LINK_LEVEL} for title links, 0 for text
 * and breaks
 * @param text its text, whitespace collapsed
 * @param anchors its {@code <a href>} elements
 * @param line the source line where it starts, from 1
 * @param pos the source offset where it starts
 * @param article the {@code <article>} around it, or {@code null}
 */
record HtmlBlock(Kind kind, int level, String text, List<Element> anchors, long line, int pos, Element article) {

	/** Title links rank below every heading. */
	static final int TITLE_LINK_LEVEL = 7;

	HtmlBlock {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
		anchors = List.copyOf(anchors);
	}

	boolean isTitleCandidate() {
		return this.kind == Kind.HEADING || this.kind == Kind.TITLE_LINK;
	}

	/** Whether the text reads as prose rather than a label, a count or a byline. */
	boolean isProse() {
		int words = this.text.split(" ").length;
		char last = this.text.isEmpty() ? ' ' : this.text.charAt(this.text.length() - 1);
		boolean sentence = last == '.' || last == '!' || last == '?';
		return (words >= 4 && this.text.length() >= 25) || (words >= 2 && sentence);
	}

	enum Kind {

		HEADING, TITLE_LINK, TEXT,
		/**
		 * A thematic break ({@code
		 *
		<hr>
		 * }): what follows belongs to no entry above it.
		 */
		BREAK

	}

}
