package io.digestcatalog.core.catalog;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

/**
 * Streams every catalog paper with its links and appearances, in paper-id order. Three
 * ordered cursors are merged, so memory stays flat however large the catalog.
 */
public final class CatalogExporter {

	private static final String PAPERS = """
			SELECT paper_id, arxiv_id, arxiv_version, doi, title, authors, abstract_text, first_seen, last_seen,
			       published_on, categories, comments, journal_ref, keywords
			FROM paper ORDER BY paper_id""";

	private static final String LINKS = "SELECT paper_id, url, kind, repository, origin FROM paper_link ORDER BY paper_id, url";

	private static final String APPEARANCES = """
			SELECT a.paper_id, d.location, d.format, d.digest_date, a.ordinal, a.matched_by, a.listing_kind, a.upvotes,
			       a.record_id, a.title_as_seen
			FROM appearance a JOIN digest d ON d.digest_sha = a.digest_sha
			ORDER BY a.paper_id, d.digest_date, d.location, a.ordinal""";

	private final DataSource dataSource;

	public CatalogExporter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Hands one paper to the consumer; returns 1, or 0 when there is no such paper. */
	public long forOne(String paperId, Consumer<PaperRecord> consumer) {
		return stream(paperId, consumer);
	}

	/** Hands every paper to the consumer; returns how many. */
	public long forEach(Consumer<PaperRecord> consumer) {
		return stream(null, consumer);
	}

	/**
	 * Streams every paper, or only {@code paperId} when it is given (bound, never spliced
	 * into SQL).
	 */
	private long stream(String paperId, Consumer<PaperRecord> consumer) {
		String where = (paperId == null) ? "" : " WHERE paper_id = ?";
		String ofPaper = (paperId == null) ? "" : " WHERE a.paper_id = ?";
		try (Connection c = this.dataSource.getConnection();
				PreparedStatement papers = c.prepareStatement(PAPERS.replace(" ORDER BY", where + " ORDER BY"));
				PreparedStatement links = c.prepareStatement(LINKS.replace(" ORDER BY", where + " ORDER BY"));
				PreparedStatement appearances = c
					.prepareStatement(APPEARANCES.replace("\nORDER BY", ofPaper + "\nORDER BY"))) {
			for (PreparedStatement ps : List.of(papers, links, appearances)) {
				ps.setFetchSize(500);
				if (paperId != null) {
					ps.setString(1, paperId);
				}
			}
			try (ResultSet p = papers.executeQuery();
					ResultSet l = links.executeQuery();
					ResultSet a = appearances.executeQuery()) {
				Cursor linkCursor = new Cursor(l);
				Cursor appearanceCursor = new Cursor(a);
				long n = 0;
				while (p.next()) {
					String id = p.getString(1);
					List<PaperRecord.LinkRecord> paperLinks = new ArrayList<>();
					linkCursor.take(id, rs -> paperLinks.add(new PaperRecord.LinkRecord(rs.getString(2),
							rs.getString(3), rs.getString(4), rs.getString(5))));
					List<PaperRecord.AppearanceRecord> seen = new ArrayList<>();
					appearanceCursor.take(id,
							rs -> seen.add(new PaperRecord.AppearanceRecord(rs.getString(9), rs.getString(2),
									rs.getString(3), String.valueOf(Jdbc.date(rs, "digest_date")), rs.getLong(5),
									rs.getString(10), rs.getString(6), rs.getString(7), (Integer) rs.getObject(8))));
					String authors = p.getString(6);
					consumer.accept(new PaperRecord(id, p.getString(2), (Integer) p.getObject(3), p.getString(4),
							p.getString(5), split(authors, "; "), p.getString(7),
							String.valueOf(Jdbc.date(p, "first_seen")), String.valueOf(Jdbc.date(p, "last_seen")),
							iso(Jdbc.date(p, "published_on")), split(p.getString(11), " "), p.getString(12),
							p.getString(13), split(p.getString(14), "; "), paperLinks, seen));
					n++;
				}
				return n;
			}
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot export the catalog: " + ex.getMessage(), ex);
		}
	}

	private static String iso(java.time.LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static List<String> split(String joined, String separator) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(separator));
	}

	/** Writes the catalog as JSON lines or CSV; returns the number of papers. */
	public long export(ExportFormat format, Writer out) throws IOException {
		try (PaperRecordWriter writer = PaperRecordWriter.of(format, out)) {
			return forEach(writer::write);
		}
	}

	/** A result set ordered by paper id, consumed in step with the papers. */
	private static final class Cursor {

		@FunctionalInterface
		interface Row {

			void accept(ResultSet rs) throws SQLException;

		}

		private final ResultSet rs;

		private boolean hasRow;

		Cursor(ResultSet rs) throws SQLException {
			this.rs = rs;
			this.hasRow = rs.next();
		}

		void take(String paperId, Row row) throws SQLException {
			while (this.hasRow && this.rs.getString(1).compareTo(paperId) < 0) {
				this.hasRow = this.rs.next();
			}
			while (this.hasRow && this.rs.getString(1).equals(paperId)) {
				row.accept(this.rs);
				this.hasRow = this.rs.next();
			}
		}

	}

}
