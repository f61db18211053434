package io.digestcatalog.core.artifact.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One page's text as fragments: those in the page's main direction in reading order (line
 * by line, left to right), and those in other directions, such as arXiv's stamp rotated
 * in the left margin.
 *
 * @param number the 1-based page number
 * @param width the page width in points
 * @param height the page height in points
 * @param fragments the fragments in the main direction
 * @param margin the fragments in any other direction
 */
record PageLayout(int number, float width, float height, List<TextFragment> fragments, List<TextFragment> margin) {

	PageLayout {
		fragments = List.copyOf(fragments);
		margin = List.copyOf(margin);
	}

	/** Every fragment on its own line, the main direction first. */
	String text() {
		return java.util.stream.Stream.concat(this.fragments.stream(), this.margin.stream())
			.map(TextFragment::text)
			.collect(Collectors.joining("\n"));
	}

}
