package io.digestcatalog.eval.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * What a corpus says one PDF holds, merged from every ground-truth file that names it;
 * each field is {@code null} (or empty) when no source gives it.
 *
 * @param pdf the PDF
 * @param title the expected title
 * @param authors the expected author names, as the source writes them ("Chang, Edward Y."
 * or "Edward Y. Chang")
 * @param arxivId the expected arXiv id
 * @param doi the expected DOI
 * @param abstractText the expected abstract
 * @param sources the ground-truth files it came from
 */
public record GroundTruth(Path pdf, String title, List<String> authors, ArxivId arxivId, Doi doi, String abstractText,
		Set<String> sources) {

	public GroundTruth {
		Objects.requireNonNull(pdf, "pdf");
		authors = List.copyOf(authors);
		sources = Set.copyOf(sources);
	}

	static GroundTruth of(Path pdf) {
		return new GroundTruth(pdf, null, List.of(), null, null, null, Set.of());
	}

	/** This ground truth with another source's fields added where this one has none. */
	GroundTruth merge(String source, String title, List<String> authors, ArxivId arxivId, Doi doi,
			String abstractText) {
		Set<String> merged = new LinkedHashSet<>(this.sources);
		merged.add(source);
		return new GroundTruth(this.pdf, first(this.title, clean(title)),
				this.authors.isEmpty() ? new ArrayList<>(authors) : this.authors, first(this.arxivId, arxivId),
				first(this.doi, doi), first(this.abstractText, clean(abstractText)), merged);
	}

	private static <T> T first(T mine, T theirs) {
		return (mine != null) ? mine : theirs;
	}

	private static String clean(String s) {
		return (s == null || s.isBlank()) ? null : s.replaceAll("\\s+", " ").strip();
	}

}
