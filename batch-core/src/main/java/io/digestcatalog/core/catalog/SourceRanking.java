package io.digestcatalog.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Which source's value a paper keeps when its records disagree, best first, named as
 * {@code catalog show} prints field sources: {@code digest:<format>} for a digest's
 * record, {@code pdf} for what the paper's own PDF says. Sources not listed rank after
 * the listed ones, in name order.
 *
 * @param sources source names, best first
 */
public record SourceRanking(List<String> sources) {

	/**
	 * arXiv's own listings and feeds first, then the Hugging Face API, pages, mail and
	 * plain text, PDF newsletters, and last the text read out of a paper's PDF.
	 */
	public static final SourceRanking DEFAULT = new SourceRanking(List.of("digest:arxiv-atom", "digest:arxiv-email",
			"digest:hf-json", "digest:html", "digest:mail", "digest:text", "digest:pdf", "pdf"));

	public SourceRanking {
		sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
		for (String source : sources) {
			if (!source.equals("pdf") && !source.startsWith("digest:")) {
				throw new IllegalArgumentException("a source is digest:<format> or pdf, not \"" + source + "\"");
			}
		}
	}

	/** The rank of a source: its place in the list, or after every listed one. */
	int rank(String source) {
		int index = this.sources.indexOf(source);
		return (index >= 0) ? index : this.sources.size();
	}

}
