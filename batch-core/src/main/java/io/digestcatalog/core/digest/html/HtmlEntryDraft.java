package io.digestcatalog.core.digest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jsoup.nodes.Element;

/**
 * An entry as the page lays it out: its title block, its abstract paragraphs and the
 * link-only blocks beside them.
 */
final class HtmlEntryDraft {

	private final HtmlBlock title;

	private final List<HtmlBlock> paragraphs = new ArrayList<>();

	private final List<Element> extraAnchors = new ArrayList<>();

	HtmlEntryDraft(HtmlBlock title) {
		this.title = Objects.requireNonNull(title, "title");
	}

	HtmlBlock title() {
		return this.title;
	}

	void addAbstract(HtmlBlock paragraph) {
		this.paragraphs.add(paragraph);
	}

	void addLinks(HtmlBlock linkBlock) {
		this.extraAnchors.addAll(linkBlock.anchors());
	}

	List<HtmlBlock> paragraphs() {
		return this.paragraphs;
	}

	/** The title's links first, then those of the abstract and beside it. */
	List<Element> anchors() {
		List<Element> anchors = new ArrayList<>(this.title.anchors());
		this.paragraphs.forEach(p -> anchors.addAll(p.anchors()));
		anchors.addAll(this.extraAnchors);
		return anchors;
	}

}
