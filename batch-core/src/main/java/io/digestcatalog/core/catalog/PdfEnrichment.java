package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;
import io.digestcatalog.core.extract.LinkClassifier;
import io.digestcatalog.core.extract.UrlNormalizer;

/**
 * Applies what a paper's PDF says to the paper: the arXiv id of its margin stamp, its
 * DOI, authors and abstract fill what the digests left empty (recorded with source
 * {@code pdf}); an arXiv id or DOI that another paper already has merges the two, with
 * the reason. The title printed in the PDF never replaces the digest's title.
 */
public final class PdfEnrichment {

	private static final String SOURCE = "pdf";

	private PdfEnrichment() {
	}

	/**
	 * A fetched PDF to apply.
	 *
	 * @param paperId the paper it was fetched for
	 * @param url where it came from
	 * @param pdf what it says
	 */
	public record FetchedPdf(String paperId, String url, ArtifactOutcome.PdfFacts pdf) {

	}

	/**
	 * The next fetched, readable PDFs not applied yet, in key order after the given key.
	 */
	public static List<FetchedPdf> unapplied(Connection c, String afterPaper, String afterUrl, int limit) {
		return Jdbc.query(c, """
				SELECT paper_id, url, pdf_pages, pdf_title, pdf_authors, pdf_abstract, pdf_arxiv_id, pdf_arxiv_version,
				       pdf_dois, pdf_links, pdf_info
				FROM artifact
				WHERE status = 'FETCHED' AND applied = FALSE AND pdf_failure IS NULL AND pdf_pages IS NOT NULL
				  AND (paper_id > ? OR (paper_id = ? AND url > ?))
				ORDER BY paper_id, url FETCH FIRST %d ROWS ONLY""".formatted(limit), rs -> new FetchedPdf(
				rs.getString(1), rs.getString(2),
				new ArtifactOutcome.PdfFacts((Integer) rs.getObject(3), rs.getString(4), split(rs.getString(5), "; "),
						rs.getString(6), rs.getString(7), (Integer) rs.getObject(8), split(rs.getString(9), " "),
						split(rs.getString(10), " "), rs.getString(11), null)),
				afterPaper, afterPaper, afterUrl);
	}

	/**
	 * Applies one PDF; the paper it enriched may be merged into another, whose id is
	 * returned.
	 */
	public static String apply(Connection c, FetchedPdf fetched) {
		return apply(c, fetched, SourceRanking.DEFAULT);
	}

	/**
	 * Applies one PDF, ranking its values among the paper's records by {@code ranking};
	 * the paper it enriched may be merged into another, whose id is returned.
	 */
	public static String apply(Connection c, FetchedPdf fetched, SourceRanking ranking) {
		var pdf = fetched.pdf();
		String paperId = fetched.paperId();
		Optional<ArxivId> arxiv = Optional.ofNullable(pdf.arxivId()).flatMap(ArxivId::parse);
		Optional<Doi> doi = pdf.dois().stream().findFirst().flatMap(Doi::parse);
		if (arxiv.isPresent()) {
			paperId = joinByKey(c, paperId, new DedupeKey(DedupeKey.ARXIV, arxiv.get().id()), fetched.url());
		}
		if (doi.isPresent() && pdf.dois().size() == 1) {
			paperId = joinByKey(c, paperId, new DedupeKey(DedupeKey.DOI, doi.get().value()), fetched.url());
		}
		for (String url : pdf.links()) {
			addLink(c, paperId, url);
		}
		// the artifact moved with its paper if that paper was merged away
		Jdbc.update(c, "UPDATE artifact SET applied = TRUE WHERE url = ? AND paper_id IN (?, ?)", fetched.url(),
				fetched.paperId(), paperId);
		PaperProjection.refresh(c, paperId, ranking);
		return paperId;
	}

	/**
	 * Gives the paper the key; if another paper holds it, the two are one paper: the
	 * holder survives (it was identified first) and the reason names the PDF.
	 */
	private static String joinByKey(Connection c, String paperId, DedupeKey key, String url) {
		Optional<String> holder = PaperStore.paperFor(c, key);
		if (holder.isPresent() && !holder.get().equals(paperId) && PaperStore.neverMerge(c, holder.get(), paperId)) {
			return paperId;
		}
		if (holder.isPresent() && !holder.get().equals(paperId)) {
			PaperStore.merge(c, holder.get(), paperId,
					"the PDF at " + url + " names " + key + ", which the other paper already has");
			return holder.get();
		}
		PaperStore.addKey(c, paperId, key);
		return paperId;
	}

	private static void addLink(Connection c, String paperId, String raw) {
		UrlNormalizer.normalize(raw)
			.map(uri -> LinkClassifier.classify(uri, raw))
			.ifPresent(link -> CatalogWriter.addLink(c, paperId, link, SOURCE));
	}

	private static List<String> split(String joined, String separator) {
		return (joined == null || joined.isBlank()) ? List.of() : Arrays.asList(joined.split(separator));
	}

}
