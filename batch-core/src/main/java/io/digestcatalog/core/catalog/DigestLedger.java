package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.digestcatalog.core.digest.DigestRef;

/**
 * The digests the catalog has read, by content hash. A digest is complete once the run
 * that loaded it finished; the same bytes are then never read again, under any name.
 */
public final class DigestLedger {

	private final DataSource dataSource;

	public DigestLedger(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Whether these bytes were already loaded completely, and by which name. */
	public java.util.Optional<String> completedAs(String sha256) {
		try (Connection c = this.dataSource.getConnection()) {
			return Jdbc.first(c, "SELECT location FROM digest WHERE digest_sha = ? AND completed = TRUE",
					rs -> rs.getString(1), sha256);
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read the digest ledger: " + ex.getMessage(), ex);
		}
	}

	/** Records a digest as being loaded by the given job instance (idempotent). */
	public static void register(Connection c, DigestRef ref, long loadingInstance) {
		Jdbc.update(c,
				"""
						MERGE INTO digest d
						USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(4000)), CAST(? AS VARCHAR(32)),
						               CAST(? AS DATE), CAST(? AS VARCHAR(200)), CAST(? AS BIGINT)))
						      AS v (digest_sha, location, format, digest_date, date_origin, loading_instance)
						ON d.digest_sha = v.digest_sha
						WHEN MATCHED AND d.completed = FALSE THEN
						    UPDATE SET loading_instance = v.loading_instance
						WHEN NOT MATCHED THEN
						    INSERT (digest_sha, location, format, digest_date, date_origin, completed, loading_instance, entry_count)
						    VALUES (v.digest_sha, v.location, v.format, v.digest_date, v.date_origin, FALSE, v.loading_instance, 0)
						""",
				ref.sha256(), Jdbc.cut(ref.location(), 4000), ref.format(), ref.date(), Jdbc.cut(ref.dateOrigin(), 200),
				loadingInstance);
	}

	/**
	 * Counts entries of a digest being loaded, in the transaction that loaded them (a
	 * chunk rolled back takes its count with it).
	 */
	public static void loaded(Jdbc.Batches batches, String sha256, long entries) {
		// a digest registered before the loader counted has no count: complete counts it
		batches.add("UPDATE digest SET entry_count = entry_count + ? WHERE digest_sha = ?", entries, sha256);
	}

	/**
	 * Marks every digest loaded by the instance complete, with its counts. The loader
	 * counted the entries as it wrote them ({@link #loaded}); a digest registered before
	 * it did is counted here, as counting 100,000 appearances costs more than a second.
	 */
	public static int complete(Connection c, long loadingInstance) {
		return Jdbc.update(c, """
				UPDATE digest SET completed = TRUE, loading_instance = NULL,
				    entry_count = COALESCE(entry_count,
				        (SELECT COUNT(*) FROM appearance a WHERE a.digest_sha = digest.digest_sha)),
				    quarantined_count = (SELECT COUNT(*) FROM quarantine q WHERE q.digest_sha = digest.digest_sha)
				WHERE loading_instance = ?
				""", loadingInstance);
	}

}
