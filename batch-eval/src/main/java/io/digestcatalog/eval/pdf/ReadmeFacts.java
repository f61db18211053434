package io.digestcatalog.eval.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.core.extract.ArxivId;

/**
 * Ground truth a corpus README states in prose: the real title behind a wrong Info title
 * ("`zolotov04.pdf`'s PDF Info title is wrong (the real title is "…")") and the arXiv id
 * behind a stamp ("`superscripttest.pdf` is arXiv 1504.06236v2").
 */
final class ReadmeFacts {

	private static final Pattern TITLE = Pattern
		.compile("`([^`]+\\.pdf)`'s PDF Info title is wrong \\(the real title is \"([^\"]+)\"\\)");

	private static final Pattern ARXIV = Pattern
		.compile("`([^`]+\\.pdf)` is arXiv (\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?)");

	private ReadmeFacts() {
	}

	/**
	 * One stated fact.
	 *
	 * @param pdfName the PDF's file name
	 * @param title its real title, or {@code null}
	 * @param arxivId its arXiv id, or {@code null}
	 */
	record Fact(String pdfName, String title, ArxivId arxivId) {

	}

	static List<Fact> read(String readme) {
		List<Fact> facts = new ArrayList<>();
		Matcher title = TITLE.matcher(readme);
		while (title.find()) {
			facts.add(new Fact(title.group(1), title.group(2), null));
		}
		Matcher arxiv = ARXIV.matcher(readme);
		while (arxiv.find()) {
			ArxivId.parse(arxiv.group(2)).ifPresent(id -> facts.add(new Fact(arxiv.group(1), null, id)));
		}
		return facts;
	}

}
