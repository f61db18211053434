package io.digestcatalog.core.digest.mail;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML mail body as the text a digest parser reads: each block element a
 * paragraph, paragraphs separated by blank lines, so a title heading, a blank line and an
 * abstract paragraph keep their layout. Links keep their address as text, "anchor
 * (https://...)"; a link that is a whole block (a title heading that links to its paper)
 * has its address written after the paragraph that follows it, so the title stays as
 * printed and the link stays with its entry.
 */
final class HtmlText implements NodeVisitor {

	private final StringBuilder out = new StringBuilder();

	private final StringBuilder paragraph = new StringBuilder();

	private final List<String> deferred = new ArrayList<>();

	private final Map<Element, String> blockTexts = new IdentityHashMap<>();

	private boolean titleLink;

	private HtmlText() {
	}

	static String render(String html) {
		HtmlText text = new HtmlText();
		text.traverse(Jsoup.parse(html).body());
		text.endParagraph();
		if (!text.deferred.isEmpty()) {
			text.write(String.join(" ", text.deferred));
		}
		return text.out.toString();
	}

	@Override
	public void head(Node node, int depth) {
		if (node instanceof TextNode text) {
			this.paragraph.append(inPre(text) ? text.getWholeText() : text.text());
		}
		else if (node instanceof Element element) {
			if (element.normalName().equals("br")) {
				this.paragraph.append('\n');
			}
			else if (element.isBlock()) {
				endParagraph();
			}
		}
	}

	@Override
	public void tail(Node node, int depth) {
		if (!(node instanceof Element element)) {
			return;
		}
		if (element.normalName().equals("a")) {
			link(element);
		}
		else if (element.isBlock() && !element.normalName().equals("br")) {
			endParagraph();
		}
	}

	private void link(Element anchor) {
		String href = anchor.attr("href").strip();
		String text = anchor.text().strip();
		if (!(href.startsWith("http://") || href.startsWith("https://")) || href.equals(text)) {
			return;
		}
		if (!text.isEmpty() && text.equals(blockText(anchor))) {
			this.deferred.add("(" + href + ")");
			this.titleLink = true;
		}
		else {
			this.paragraph.append(text.isEmpty() ? "(" : " (").append(href).append(')');
		}
	}

	private String blockText(Element anchor) {
		Element block = anchor.parent();
		while (block != null && !block.isBlock()) {
			block = block.parent();
		}
		return (block != null) ? this.blockTexts.computeIfAbsent(block, (b) -> b.text().strip()) : "";
	}

	private void endParagraph() {
		StringBuilder text = new StringBuilder();
		boolean blank = false;
		for (String line : this.paragraph.toString().split("\n", -1)) {
			String clean = line.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
			if (clean.isEmpty()) {
				// <br><br> or a blank line in a <pre> still ends a paragraph
				blank = !text.isEmpty();
				continue;
			}
			text.append(text.isEmpty() ? "" : blank ? "\n\n" : "\n").append(clean);
			blank = false;
		}
		this.paragraph.setLength(0);
		if (text.isEmpty()) {
			return;
		}
		if (!this.titleLink && !this.deferred.isEmpty()) {
			text.append(' ').append(String.join(" ", this.deferred));
			this.deferred.clear();
		}
		this.titleLink = false;
		write(text.toString());
	}

	private void write(String text) {
		this.out.append(this.out.isEmpty() ? "" : "\n\n").append(text);
	}

	private static boolean inPre(TextNode text) {
		for (Node node = text.parentNode(); node != null; node = node.parentNode()) {
			if (node instanceof Element element && element.normalName().equals("pre")) {
				return true;
			}
		}
		return false;
	}

}
