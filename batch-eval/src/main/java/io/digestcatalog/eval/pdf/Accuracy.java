package io.digestcatalog.eval.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.digestcatalog.core.artifact.pdf.PdfMetadata;
import io.digestcatalog.core.artifact.pdf.PdfReadResult;
import io.digestcatalog.core.artifact.pdf.TitleText;

/**
 * How extracted metadata compares with the ground truth.
 *
 * @param titles titles equal to the expected one after normalization
 * @param infoTitles the same check for the Info title taken as-is (the naive baseline)
 * @param authorSurnames expected surnames found among the extracted authors
 * @param authorPdfs PDFs whose ground truth names authors
 * @param arxivIds expected arXiv ids (with version, when given) found
 * @param abstracts abstracts at least 90% similar to the expected one
 * @param dois expected DOIs found on page 1
 * @param misses one line per miss, for a reader to see what went wrong
 */
public record Accuracy(Score titles, Score infoTitles, Score authorSurnames, int authorPdfs, Score arxivIds,
		Score abstracts, Score dois, List<String> misses) {

	public Accuracy {
		misses = List.copyOf(misses);
	}

	static Accuracy check(Map<Path, PdfReadResult> results, Map<Path, GroundTruth> truths) {
		Score titles = new Score(0, 0);
		Score info = new Score(0, 0);
		Score authors = new Score(0, 0);
		Score arxiv = new Score(0, 0);
		Score abstracts = new Score(0, 0);
		Score dois = new Score(0, 0);
		int authorPdfs = 0;
		List<String> misses = new ArrayList<>();
		for (GroundTruth truth : truths.values()) {
			String file = truth.pdf().getFileName().toString();
			PdfMetadata m = results.get(truth.pdf()).extracted().orElse(null);
			if (m == null) {
				misses.add(file + ": " + results.get(truth.pdf()).failure().orElse("not read"));
				continue;
			}
			if (truth.title() != null) {
				boolean hit = sameTitle(truth.title(), m.title());
				titles = titles.plus(hit);
				info = info.plus(sameTitle(truth.title(), m.info().title()));
				miss(misses, hit, file, "title", truth.title(), m.title());
			}
			if (!truth.authors().isEmpty()) {
				authorPdfs++;
				for (String author : truth.authors()) {
					boolean hit = Surnames.found(author, m.authors());
					authors = authors.plus(hit);
					miss(misses, hit, file, "author", author, m.authors());
				}
			}
			if (truth.arxivId() != null) {
				boolean hit = m.arxivId() != null && m.arxivId().id().equals(truth.arxivId().id())
						&& (!truth.arxivId().hasVersion() || m.arxivId().version() == truth.arxivId().version());
				arxiv = arxiv.plus(hit);
				miss(misses, hit, file, "arXiv id", truth.arxivId(), m.arxivId());
			}
			if (truth.abstractText() != null) {
				boolean hit = TitleText.similarity(truth.abstractText(), m.abstractText()) >= TitleText.SAME_TITLE;
				abstracts = abstracts.plus(hit);
				miss(misses, hit, file, "abstract", shorten(truth.abstractText()), shorten(m.abstractText()));
			}
			if (truth.doi() != null) {
				boolean hit = m.dois().contains(truth.doi());
				dois = dois.plus(hit);
				miss(misses, hit, file, "DOI", truth.doi(), m.dois());
			}
		}
		return new Accuracy(titles, info, authors, authorPdfs, arxiv, abstracts, dois, misses);
	}

	static boolean sameTitle(String expected, String actual) {
		String e = TitleText.normalized(expected);
		return !e.isEmpty() && e.equals(TitleText.normalized(actual));
	}

	private static void miss(List<String> misses, boolean hit, String file, String what, Object expected,
			Object actual) {
		if (!hit) {
			misses.add(file + ": " + what + " expected " + expected + ", got " + actual);
		}
	}

	private static String shorten(String s) {
		return (s == null || s.length() <= 60) ? s : "\"" + s.substring(0, 57) + "…\"";
	}

}
