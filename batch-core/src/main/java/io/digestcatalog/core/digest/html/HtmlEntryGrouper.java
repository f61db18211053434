package io.digestcatalog.core.digest.html;

import java.util.ArrayList;
import java.util.List;

import io.digestcatalog.core.digest.html.HtmlBlock.Kind;

/**
 * Groups a page's blocks into entries. The entry level is the heading level (or title
 * links) that most often starts an entry: followed by prose, or linking a paper. An entry
 * then runs from such a title to the next one, a higher heading, or the end of its
 * {@code <article>}; what comes before the first title is the page's header.
 *
 * @param header the blocks before the first entry
 * @param entries the entries, in page order
 */
record HtmlEntryGrouper(List<HtmlBlock> header, List<HtmlEntryDraft> entries) {

	static HtmlEntryGrouper group(List<HtmlBlock> blocks) {
		int level = entryLevel(blocks);
		List<HtmlBlock> header = new ArrayList<>();
		List<HtmlEntryDraft> entries = new ArrayList<>();
		HtmlEntryDraft open = null;
		for (HtmlBlock block : blocks) {
			if (level > 0 && block.level() == level) {
				open = new HtmlEntryDraft(block);
				entries.add(open);
			}
			else if (entries.isEmpty()) {
				header.add(block);
			}
			else if ((block.kind() == Kind.HEADING && block.level() < level) || block.kind() == Kind.BREAK) {
				// a section heading ("Trending", a date) or a rule closes the entry
				// before it
				open = null;
			}
			else if (open == null) {
				// between entries: a section's introduction, an advertisement
			}
			else if (block.article() != open.title().article()) {
				// past the end of the entry's card: the next card's badges, or the page
				open = null;
			}
			else if (block.kind() == Kind.TEXT && block.isProse()) {
				open.addAbstract(block);
			}
			else if (block.kind() == Kind.TITLE_LINK) {
				open.addLinks(block);
			}
		}
		return new HtmlEntryGrouper(header, entries);
	}

	/** Where the first entry starts in the source, or the end when there is none. */
	int firstEntryPos() {
		return this.entries.isEmpty() ? Integer.MAX_VALUE : this.entries.get(0).title().pos();
	}

	private static int entryLevel(List<HtmlBlock> blocks) {
		int[] score = new int[HtmlBlock.TITLE_LINK_LEVEL + 1];
		for (int i = 0; i < blocks.size(); i++) {
			HtmlBlock block = blocks.get(i);
			if (!block.isTitleCandidate()) {
				continue;
			}
			HtmlBlock next = (i + 1 < blocks.size()) ? blocks.get(i + 1) : null;
			if (next != null && next.kind() == Kind.TEXT && next.isProse() && next.article() == block.article()) {
				score[block.level()]++;
			}
			if (PaperLinks.arxivId(block.anchors()) != null) {
				score[block.level()]++;
			}
		}
		int best = 0;
		for (int level = 1; level < score.length; level++) {
			// on a tie the deeper level wins: the page's own title ranks above its
			// entries
			if (score[level] > 0 && score[level] >= score[best]) {
				best = level;
			}
		}
		return best;
	}

}
