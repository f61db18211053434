package io.digestcatalog.eval.digests;

import java.time.LocalDate;
import java.util.List;

/**
 * A paper as a real Hugging Face daily-papers record gives it, read by the project's own
 * parser.
 *
 * @param arxivId the versionless arXiv id, the paper's identity
 * @param title as published
 * @param abstractText the abstract, whitespace collapsed
 * @param authors the author names
 * @param day the day of the listing that held it
 */
public record RealPaper(String arxivId, String title, String abstractText, List<String> authors, LocalDate day) {

	public RealPaper {
		authors = List.copyOf(authors);
	}

}
