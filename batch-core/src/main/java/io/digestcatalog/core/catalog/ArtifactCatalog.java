package io.digestcatalog.core.catalog;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The {@code artifact} table: which artifacts of which papers are to be fetched (planned
 * from the catalog, bounded per paper), which are pending per host, and what each fetch
 * came to.
 */
public final class ArtifactCatalog {

	/** The status of an artifact still to fetch. */
	public static final String PENDING = "PENDING";

	private ArtifactCatalog() {
	}

	/**
	 * Plans the PDF of every paper: its arXiv PDF (from its arXiv id) and links that are
	 * PDFs, at most {@code maxPerPaper}; planning again changes nothing.
	 * @param arxivBase where arXiv PDFs are fetched from, e.g. {@code https://arxiv.org}
	 * @return artifacts newly planned
	 */
	public static int plan(Connection c, String arxivBase, int maxPerPaper) {
		Map<String, List<String>> urls = new LinkedHashMap<>();
		Jdbc.query(c, "SELECT paper_id, arxiv_id FROM paper WHERE arxiv_id IS NOT NULL ORDER BY paper_id", rs -> {
			urls.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(arxivBase.replaceAll("/+$", "") + "/pdf/" + rs.getString(2));
			return null;
		});
		Jdbc.query(c, "SELECT paper_id, url FROM paper_link ORDER BY paper_id, url", rs -> {
			if (isPdfUrl(rs.getString(2))) {
				urls.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
			}
			return null;
		});
		int planned = 0;
		for (var paper : urls.entrySet()) {
			List<String> list = paper.getValue().stream().distinct().limit(maxPerPaper).toList();
			for (String url : list) {
				planned += Jdbc.update(c, """
						MERGE INTO artifact a
						USING (VALUES (CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(255))))
						      AS v (paper_id, url, host)
						ON a.paper_id = v.paper_id AND a.url = v.url
						WHEN NOT MATCHED THEN INSERT (paper_id, url, kind, host, status)
						    VALUES (v.paper_id, v.url, 'PDF', v.host, 'PENDING')
						""", paper.getKey(), Jdbc.cut(url, 2000), hostOf(url));
			}
		}
		return planned;
	}

	/**
	 * Whether a link points straight at a PDF: a {@code .pdf} path or an arXiv
	 * {@code /pdf/} path.
	 */
	static boolean isPdfUrl(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		int query = lower.indexOf('?');
		String path = (query < 0) ? lower : lower.substring(0, query);
		return path.endsWith(".pdf") || path.matches("https?://(www\\.)?arxiv\\.org/pdf/.+");
	}

	/**
	 * Marks every artifact to be fetched again (with a conditional request where
	 * possible).
	 */
	public static int markAllPending(Connection c) {
		return Jdbc.update(c, "UPDATE artifact SET status = 'PENDING', applied = FALSE WHERE status <> 'PENDING'");
	}

	/** The hosts with pending artifacts, sorted. */
	public static List<String> pendingHosts(DataSource dataSource) {
		try (Connection c = dataSource.getConnection()) {
			return Jdbc.query(c, "SELECT DISTINCT host FROM artifact WHERE status = 'PENDING' ORDER BY host",
					rs -> rs.getString(1));
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot list pending artifacts: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The next pending artifacts of some hosts, in key order after the given key: pages
	 * of a partition's work that need no saved position, since a recorded artifact is
	 * pending no more.
	 */
	public static List<PendingArtifact> pending(Connection c, List<String> hosts, String afterPaper, String afterUrl,
			int limit) {
		if (hosts.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", java.util.Collections.nCopies(hosts.size(), "?"));
		List<Object> params = new ArrayList<>(hosts);
		params.add(afterPaper);
		params.add(afterPaper);
		params.add(afterPaper);
		params.add(afterUrl);
		// read along the key from the last one, stopping at a page: "status || ''" keeps
		// HSQLDB's planner off the status index, which made every page read and sort
		// every
		// pending artifact of the hosts (a 39,000-artifact rebuild spent 0.2 s a page)
		return Jdbc.query(c, """
				SELECT paper_id, url, kind, host, etag, last_modified, sha256 FROM artifact
				WHERE status || '' = 'PENDING' AND host IN (%s) AND paper_id >= ?
				  AND (paper_id > ? OR (paper_id = ? AND url > ?))
				ORDER BY paper_id, url FETCH FIRST %d ROWS ONLY""".formatted(marks, limit),
				rs -> new PendingArtifact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7)),
				params.toArray());
	}

	/**
	 * Records a fetch; the artifact leaves the pending set in the same transaction as its
	 * chunk.
	 */
	public static void record(Connection c, PendingArtifact a, ArtifactOutcome o) {
		ArtifactOutcome.PdfFacts pdf = o.pdf();
		Jdbc.update(c, """
				UPDATE artifact SET status = ?, final_url = ?, http_status = ?, content_type = ?, size_bytes = ?,
				    sha256 = ?, etag = ?, last_modified = ?, attempts = ?, failure = ?, fetched_at = ?,
				    pdf_pages = ?, pdf_title = ?, pdf_authors = ?, pdf_abstract = ?, pdf_arxiv_id = ?,
				    pdf_arxiv_version = ?, pdf_dois = ?, pdf_links = ?, pdf_info = ?, pdf_failure = ?, applied = FALSE
				WHERE paper_id = ? AND url = ?""", o.fetched() ? "FETCHED" : "FAILED", Jdbc.cut(o.finalUrl(), 2000),
				o.httpStatus(), Jdbc.cut(o.contentType(), 200), o.size(), o.sha256(), Jdbc.cut(o.etag(), 500),
				Jdbc.cut(o.lastModified(), 100), o.attempts(), Jdbc.cut(o.failure(), 1000),
				(o.fetchedAt() != null) ? Timestamp.from(o.fetchedAt()) : null, (pdf != null) ? pdf.pages() : null,
				(pdf != null) ? Jdbc.cut(pdf.title(), 2000) : null,
				(pdf != null) ? Jdbc.cut(String.join("; ", pdf.authors()), 16000) : null,
				(pdf != null) ? Jdbc.cut(pdf.abstractText(), 65536) : null, (pdf != null) ? pdf.arxivId() : null,
				(pdf != null) ? pdf.arxivVersion() : null,
				(pdf != null) ? Jdbc.cut(String.join(" ", pdf.dois()), 2000) : null,
				(pdf != null) ? Jdbc.cut(String.join(" ", pdf.links()), 16000) : null,
				(pdf != null) ? Jdbc.cut(pdf.info(), 4000) : null, (pdf != null) ? Jdbc.cut(pdf.failure(), 1000) : null,
				a.paperId(), a.url());
	}

	static String hostOf(String url) {
		try {
			String host = URI.create(url).getHost();
			return (host != null) ? host.toLowerCase(Locale.ROOT) : "";
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	/**
	 * Takes over, for a rebuild, the artifacts another generation fetched for the papers
	 * this one has, to be applied again: stored PDFs are not fetched twice.
	 * @param c a connection pointed at the generation being built
	 * @param fromSchema the schema of the generation to take them from
	 * @return artifacts taken over
	 */
	public static int carryOver(Connection c, String fromSchema) {
		String columns = "paper_id, url, kind, host, status, final_url, http_status, content_type, size_bytes, sha256, "
				+ "etag, last_modified, attempts, failure, fetched_at, pdf_pages, pdf_title, pdf_authors, pdf_abstract, "
				+ "pdf_arxiv_id, pdf_arxiv_version, pdf_dois, pdf_links, pdf_info, pdf_failure";
		String from = CatalogGenerations.quoted(fromSchema) + ".artifact";
		return Jdbc.update(c,
				"INSERT INTO artifact (" + columns + ", applied) SELECT "
						+ columns.replace(", ", ", b.").replaceFirst("^", "b.") + ", FALSE FROM " + from
						+ " b WHERE b.paper_id IN (SELECT paper_id FROM paper) "
						+ "AND NOT EXISTS (SELECT 1 FROM artifact t WHERE t.paper_id = b.paper_id AND t.url = b.url)");
	}

}
