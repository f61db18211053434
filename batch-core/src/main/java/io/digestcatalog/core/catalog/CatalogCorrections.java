package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.dedupe.DedupeKeys;
import io.digestcatalog.core.dedupe.NormalizedTitle;
import io.digestcatalog.core.extract.LinkClassifier;
import io.digestcatalog.core.extract.UrlNormalizer;

/**
 * An operator's corrections to entity resolution. {@link #unmerge} takes a record back
 * out of the paper it was merged into: the record becomes a paper of its own (with the
 * keys, links and identifiers only it gave), both papers are projected again from their
 * records, and an override is stored so that neither loading nor resolution joins the two
 * again.
 */
public final class CatalogCorrections {

	private final DataSource dataSource;

	private final SourceRanking ranking;

	public CatalogCorrections(DataSource dataSource, SourceRanking ranking) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.ranking = Objects.requireNonNull(ranking, "ranking");
	}

	/**
	 * A correction the catalog refuses: an unknown paper or record, or a record that is
	 * not in the paper.
	 */
	public static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message, null, false, false);
		}

	}

	/**
	 * What an unmerge did.
	 *
	 * @param paperId the paper the record left
	 * @param recordId the record
	 * @param newPaperId the record's own paper now
	 * @param overrides never-merge overrides stored (one per record left in the paper)
	 */
	public record Unmerged(String paperId, String recordId, String newPaperId, int overrides) {

	}

	/**
	 * Takes {@code recordId} out of {@code paperId} into a paper of its own and stores
	 * that it is never to be merged with the records left behind.
	 * @param reason the operator's words, kept with the override (may be blank)
	 * @throws Refused when the paper or record is unknown or the record is not the
	 * paper's, or is its only record
	 */
	public Unmerged unmerge(String paperId, String recordId, String reason) {
		return inTransaction(c -> unmerge(c, paperId, recordId, reason, Instant.now()));
	}

	/**
	 * What an operator's merge did.
	 *
	 * @param survivorId the paper that holds both now (the one seen first)
	 * @param mergedId the paper merged into it
	 * @param lifted never-merge corrections between the two that the merge replaced
	 */
	public record Merged(String survivorId, String mergedId, int lifted) {

	}

	/**
	 * Merges two papers that resolution kept apart, and stores that they are one: an
	 * always-merge correction between a record of each, which every later resolution
	 * keeps (it outranks the guards). Never-merge corrections between the two are lifted.
	 * @throws Refused when either paper is unknown or they are the same paper
	 */
	public Merged merge(String paperA, String paperB, String reason) {
		return inTransaction(c -> merge(c, paperA, paperB, reason, Instant.now()));
	}

	Merged merge(Connection c, String paperA, String paperB, String reason, Instant now) {
		if (paperA.equals(paperB)) {
			throw new Refused("a paper cannot be merged with itself: " + paperA);
		}
		List<String> a = recordsOrRefuse(c, paperA);
		List<String> b = recordsOrRefuse(c, paperB);
		int lifted = 0;
		for (String x : a) {
			for (String y : b) {
				lifted += Jdbc.update(c,
						"DELETE FROM resolve_override WHERE record_a = ? AND record_b = ? AND kind = 'never'",
						min(x, y), max(x, y));
			}
		}
		String why = "catalog merge " + paperA + " " + paperB
				+ ((reason == null || reason.isBlank()) ? "" : ": " + reason.strip());
		storeOverride(c, a.get(0), b.get(0), "always", why, now);
		List<String> papers = PaperStore.inOrderSeen(c, List.of(paperA, paperB));
		PaperStore.merge(c, papers.get(0), papers.get(1), "operator: " + why);
		PaperProjection.refresh(c, papers.get(0), this.ranking);
		return new Merged(papers.get(0), papers.get(1), lifted);
	}

	private static List<String> recordsOrRefuse(Connection c, String paperId) {
		List<String> records = Jdbc.query(c, "SELECT record_id FROM appearance WHERE paper_id = ? ORDER BY record_id",
				rs -> rs.getString(1), paperId);
		if (records.isEmpty()) {
			throw new Refused("no paper " + paperId + " in the catalog");
		}
		return records;
	}

	private <T> T inTransaction(java.util.function.Function<Connection, T> work) {
		try (Connection c = this.dataSource.getConnection()) {
			boolean autoCommit = c.getAutoCommit();
			c.setAutoCommit(false);
			try {
				T done = work.apply(c);
				c.commit();
				return done;
			}
			catch (RuntimeException ex) {
				c.rollback();
				throw ex;
			}
			finally {
				c.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot correct the catalog: " + ex.getMessage(), ex);
		}
	}

	/** Stores (or turns into) a correction of this kind between two records. */
	private static void storeOverride(Connection c, String x, String y, String kind, String reason, Instant now) {
		Jdbc.update(c, """
				MERGE INTO resolve_override o
				USING (VALUES (CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(6)),
				               CAST(? AS VARCHAR(1000)), CAST(? AS TIMESTAMP)))
				      AS v (record_a, record_b, kind, reason, created_at)
				ON o.record_a = v.record_a AND o.record_b = v.record_b
				WHEN MATCHED THEN UPDATE SET kind = v.kind, reason = v.reason, created_at = v.created_at
				WHEN NOT MATCHED THEN INSERT (record_a, record_b, kind, reason, created_at)
				    VALUES (v.record_a, v.record_b, v.kind, v.reason, v.created_at)
				""", min(x, y), max(x, y), kind, Jdbc.cut(reason, 1000), Timestamp.from(now));
	}

	Unmerged unmerge(Connection c, String paperId, String recordId, String reason, Instant now) {
		if (!CatalogResolution.isRecordId(recordId)) {
			throw new Refused("not a record id: \"" + recordId + "\" (16 hex digits, ':', the entry's ordinal, "
					+ "as catalog show prints them)");
		}
		Optional<String> holder = Jdbc.first(c, "SELECT paper_id FROM appearance WHERE record_id = ?",
				rs -> rs.getString(1), recordId);
		if (holder.isEmpty()) {
			throw new Refused("no record " + recordId + " in the catalog");
		}
		if (!holder.get().equals(paperId)) {
			throw new Refused("record " + recordId + " is not in paper " + paperId + " but in " + holder.get());
		}
		List<String> others = Jdbc.query(c,
				"SELECT record_id FROM appearance WHERE paper_id = ? AND record_id <> ? ORDER BY record_id",
				rs -> rs.getString(1), paperId, recordId);
		if (others.isEmpty()) {
			throw new Refused(
					"record " + recordId + " is the only record of paper " + paperId + "; nothing to unmerge");
		}
		String title = Jdbc
			.first(c, "SELECT title_as_seen FROM appearance WHERE record_id = ?", rs -> rs.getString(1), recordId)
			.orElseThrow();
		// taken out before and since merged into a paper that kept that id: the next free
		// one
		Jdbc.update(c, "DELETE FROM record_paper WHERE record_id = ?", recordId);
		String newPaper = PaperStore.newPaperId(c, recordId, null);
		Jdbc.update(c, "INSERT INTO paper (paper_id, title, normalized_title) VALUES (?, ?, ?)", newPaper, title,
				Jdbc.cut(NormalizedTitle.of(title).value(), 2000));
		// a rebuild, reading the record again, names its paper the same
		Jdbc.update(c, "INSERT INTO record_paper (record_id, paper_id) VALUES (?, ?)", recordId, newPaper);
		// the record keeps its cluster: stored links name it, so the next resolve step
		// restores it with them, and the override splits the cluster
		Jdbc.update(c, "UPDATE appearance SET paper_id = ? WHERE record_id = ?", newPaper, recordId);
		moveArtifacts(c, paperId, newPaper, recordId);
		moveKeys(c, paperId, newPaper, recordId);
		moveLinks(c, paperId, newPaper, recordId);
		moveMentions(c, paperId, newPaper, recordId);
		String why = "catalog unmerge " + paperId + " " + recordId
				+ ((reason == null || reason.isBlank()) ? "" : ": " + reason.strip());
		for (String other : others) {
			storeOverride(c, recordId, other, "never", why, now);
		}
		PaperProjection.refresh(c, paperId, this.ranking);
		PaperProjection.refresh(c, newPaper, this.ranking);
		return new Unmerged(paperId, recordId, newPaper, others.size());
	}

	/**
	 * The keys only the record gave go with it; keys its old paper's records share stay.
	 */
	private static void moveKeys(Connection c, String paperId, String newPaper, String recordId) {
		Set<DedupeKey> staying = new HashSet<>();
		Jdbc.query(c, "SELECT title_as_seen, arxiv_id, doi FROM appearance WHERE paper_id = ?",
				rs -> staying.addAll(keysOf(rs.getString(1), rs.getString(2), rs.getString(3))), paperId);
		// what the paper's own PDFs named stays with the paper the PDFs were fetched for
		Jdbc.query(c, """
				SELECT pdf_arxiv_id, pdf_dois FROM artifact
				WHERE paper_id = ? AND applied = TRUE AND pdf_failure IS NULL""", rs -> {
			if (rs.getString(1) != null) {
				staying.add(new DedupeKey(DedupeKey.ARXIV, rs.getString(1)));
			}
			String doi = PaperProjection.pdfDoi(rs.getString(2));
			if (doi != null) {
				staying.add(new DedupeKey(DedupeKey.DOI, doi));
			}
			return null;
		}, paperId);
		List<DedupeKey> own = Jdbc
			.first(c, "SELECT title_as_seen, arxiv_id, doi FROM appearance WHERE record_id = ?",
					rs -> keysOf(rs.getString(1), rs.getString(2), rs.getString(3)), recordId)
			.orElseThrow();
		for (DedupeKey key : own) {
			if (!staying.contains(key)) {
				Jdbc.update(c,
						"UPDATE paper_key SET paper_id = ? WHERE key_kind = ? AND key_value = ? AND paper_id = ?",
						newPaper, key.kind(), key.value(), paperId);
			}
		}
	}

	private static List<DedupeKey> keysOf(String title, String arxivId, String doi) {
		return DedupeKeys.of(arxivId, doi, NormalizedTitle.of(title));
	}

	/**
	 * The record's links are the new paper's; the old paper keeps those its other records
	 * or its PDFs name.
	 */
	private static void moveLinks(Connection c, String paperId, String newPaper, String recordId) {
		Jdbc.update(c, """
				INSERT INTO paper_link (paper_id, url, kind, host, repository, raw_url, origin)
				SELECT ?, l.url, l.kind, l.host, l.repository, l.raw_url, r.origin
				FROM paper_link l JOIN appearance_link r ON r.url = l.url
				JOIN appearance a ON a.digest_sha = r.digest_sha AND a.ordinal = r.ordinal
				WHERE l.paper_id = ? AND a.record_id = ?""", newPaper, paperId, recordId);
		List<String> gone = Jdbc.query(c, """
				SELECT url FROM paper_link WHERE paper_id = ? AND origin <> 'pdf'
				  AND url IN (SELECT url FROM paper_link WHERE paper_id = ?)
				  AND url NOT IN (SELECT r.url FROM appearance_link r
				                  JOIN appearance a ON a.digest_sha = r.digest_sha AND a.ordinal = r.ordinal
				                  WHERE a.paper_id = ?)""", rs -> rs.getString(1), paperId, newPaper, paperId);
		// a link the record gave first may be one the paper's own PDF names as well
		Set<String> named = new HashSet<>();
		Jdbc.query(c, """
				SELECT pdf_links FROM artifact
				WHERE paper_id = ? AND applied = TRUE AND pdf_failure IS NULL AND pdf_links IS NOT NULL""", rs -> {
			for (String raw : rs.getString(1).split(" ")) {
				UrlNormalizer.normalize(raw).ifPresent(uri -> named.add(LinkClassifier.classify(uri, raw).url()));
			}
			return null;
		}, paperId);
		for (String url : gone) {
			if (!named.contains(url)) {
				Jdbc.update(c, "DELETE FROM paper_link WHERE paper_id = ? AND url = ?", paperId, url);
			}
		}
	}

	/**
	 * The record's own PDFs go with it: the arXiv PDF of an arXiv id no record left in
	 * the paper has, and PDFs at links only the record gave.
	 */
	private static void moveArtifacts(Connection c, String paperId, String newPaper, String recordId) {
		String ownArxiv = Jdbc
			.first(c, "SELECT arxiv_id FROM appearance WHERE record_id = ?", rs -> rs.getString(1), recordId)
			.orElse(null);
		Set<String> staying = new HashSet<>(
				Jdbc.query(c, "SELECT arxiv_id FROM appearance WHERE paper_id = ? AND arxiv_id IS NOT NULL",
						rs -> rs.getString(1), paperId));
		if (ownArxiv != null && !staying.contains(ownArxiv)) {
			Jdbc.update(c, """
					UPDATE artifact SET paper_id = ?
					WHERE paper_id = ? AND (pdf_arxiv_id = ? OR url LIKE ? OR url LIKE ?)""", newPaper, paperId,
					ownArxiv, "%/pdf/" + ownArxiv, "%/pdf/" + ownArxiv + "v%");
		}
		Jdbc.update(c, """
				UPDATE artifact SET paper_id = ?
				WHERE paper_id = ?
				  AND url IN (SELECT r.url FROM appearance_link r
				              JOIN appearance a ON a.digest_sha = r.digest_sha AND a.ordinal = r.ordinal
				              WHERE a.record_id = ?)
				  AND url NOT IN (SELECT r.url FROM appearance_link r
				                  JOIN appearance a ON a.digest_sha = r.digest_sha AND a.ordinal = r.ordinal
				                  WHERE a.paper_id = ?)""", newPaper, paperId, recordId, paperId);
	}

	private static void moveMentions(Connection c, String paperId, String newPaper, String recordId) {
		Jdbc.update(c, """
				INSERT INTO paper_mention (paper_id, mention_kind, mention)
				SELECT ?, r.mention_kind, r.mention
				FROM appearance_mention r JOIN appearance a ON a.digest_sha = r.digest_sha AND a.ordinal = r.ordinal
				WHERE a.record_id = ?""", newPaper, recordId);
		Jdbc.update(c, """
				DELETE FROM paper_mention WHERE paper_id = ?
				  AND NOT EXISTS (SELECT 1 FROM appearance_mention r
				                  JOIN appearance a ON a.digest_sha = r.digest_sha AND a.ordinal = r.ordinal
				                  WHERE a.paper_id = ? AND r.mention_kind = paper_mention.mention_kind
				                    AND r.mention = paper_mention.mention)""", paperId, paperId);
	}

	private static String min(String a, String b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static String max(String a, String b) {
		return (a.compareTo(b) <= 0) ? b : a;
	}

}
