package io.digestcatalog.core.digest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.digestcatalog.core.digest.html.HtmlBlock.Kind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * Flattens a page's body into its blocks in reading order, the way a browser lays them
 * out: text beside block elements forms blocks of its own, and navigation, scripts, forms
 * and footers are no part of the content.
 */
final class HtmlBlockReader {

	private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math", "nav",
			"footer", "aside", "form", "button", "select", "iframe", "object", "canvas", "dialog");

	private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "details", "dialog",
			"div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "li",
			"main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
			"aside", "summary", "h1", "h2", "h3", "h4", "h5", "h6");

	private static final String BLOCK_SELECTOR = String.join(",", BLOCKS);

	private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

	private final List<HtmlBlock> blocks = new ArrayList<>();

	private HtmlBlockReader() {
	}

	static List<HtmlBlock> read(Element body) {
		HtmlBlockReader reader = new HtmlBlockReader();
		if (body != null) {
			reader.visit(body, null);
		}
		return reader.blocks;
	}

	private void visit(Element element, Element article) {
		String tag = element.normalName();
		if (SKIPPED.contains(tag) || element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
			return;
		}
		Element container = tag.equals("article") ? element : article;
		if (tag.equals("hr")) {
			Range.Position at = element.sourceRange().start();
			this.blocks.add(new HtmlBlock(Kind.BREAK, 0, "", List.of(), Math.max(at.lineNumber(), 1),
					Math.max(at.pos(), 0), container));
			return;
		}
		int level = headingLevel(tag);
		if (level > 0) {
			add(List.of(element), element, container, level);
			return;
		}
		List<Node> run = new ArrayList<>();
		for (Node child : element.childNodes()) {
			if (child instanceof Element block && isBlock(block)) {
				add(run, element, container, 0);
				run = new ArrayList<>();
				visit(block, container);
			}
			else {
				run.add(child);
			}
		}
		add(run, element, container, 0);
	}

	/** Adds a heading, or a run of inline content as a title link or text block. */
	private void add(List<Node> run, Element parent, Element article, int headingLevel) {
		StringBuilder sb = new StringBuilder();
		List<Element> anchors = new ArrayList<>();
		for (Node node : run) {
			if (node instanceof TextNode text) {
				sb.append(text.getWholeText());
			}
			else if (node instanceof Element element && !SKIPPED.contains(element.normalName())) {
				// inline markup adds no space of its own ("by<a>AK</a>" reads "byAK"); a
				// <br> does
				sb.append(element.normalName().equals("br") ? " " : element.wholeText());
				anchors.addAll(element.select("a[href]"));
			}
		}
		String text = SPACE.matcher(sb).replaceAll(" ").strip();
		if (text.isEmpty() && (anchors.isEmpty() || headingLevel > 0)) {
			return;
		}
		Element around = (headingLevel > 0 && anchors.isEmpty()) ? parent.closest("a[href]") : null;
		if (around != null) {
			// a card whose whole heading sits inside the link
			anchors.add(around);
		}
		Range.Position start = run.isEmpty() ? null : run.get(0).sourceRange().start();
		if (start == null || !start.isTracked()) {
			start = parent.sourceRange().start();
		}
		Kind kind = (headingLevel > 0) ? Kind.HEADING : isTitleLink(text, anchors) ? Kind.TITLE_LINK : Kind.TEXT;
		int level = (headingLevel > 0) ? headingLevel : (kind == Kind.TITLE_LINK) ? HtmlBlock.TITLE_LINK_LEVEL : 0;
		if (kind == Kind.TEXT && text.isEmpty()) {
			return;
		}
		this.blocks.add(new HtmlBlock(kind, level, text, anchors, Math.max(start.lineNumber(), 1),
				Math.max(start.pos(), 0), article));
	}

	/** A block that is one link and nothing else, such as a newsletter's linked title. */
	private static boolean isTitleLink(String text, List<Element> anchors) {
		if (anchors.size() != 1 || text.isEmpty() || text.length() > 300) {
			return false;
		}
		return SPACE.matcher(anchors.get(0).text()).replaceAll(" ").strip().equals(text);
	}

	/**
	 * Block elements, and inline ones wrapping blocks (a card's link around its heading),
	 * whose blocks a reader still sees as blocks.
	 */
	private static boolean isBlock(Element element) {
		return BLOCKS.contains(element.normalName()) || element.selectFirst(BLOCK_SELECTOR) != null;
	}

	private static int headingLevel(String tag) {
		if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
			return tag.charAt(1) - '0';
		}
		return 0;
	}

}
