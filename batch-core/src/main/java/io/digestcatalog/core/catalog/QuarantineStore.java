package io.digestcatalog.core.catalog;

import java.sql.Connection;

import io.digestcatalog.core.digest.RejectedEntry;

/**
 * Quarantine: entries (or whole digests, at ordinal 0) that could not be loaded, with
 * why.
 */
public final class QuarantineStore {

	private QuarantineStore() {
	}

	/** Records a rejected entry; recording it again changes nothing. */
	public static void put(Connection c, RejectedEntry rejected) {
		Jdbc.update(c, """
				MERGE INTO quarantine q
				USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), CAST(? AS VARCHAR(4000)),
				               CAST(? AS BIGINT), CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(16384))))
				      AS v (digest_sha, ordinal, location, line_no, reason, raw_text)
				ON q.digest_sha = v.digest_sha AND q.ordinal = v.ordinal
				WHEN NOT MATCHED THEN
				    INSERT (digest_sha, ordinal, location, line_no, reason, raw_text)
				    VALUES (v.digest_sha, v.ordinal, v.location, v.line_no, v.reason, v.raw_text)
				""", rejected.digest().sha256(), rejected.ordinal(), Jdbc.cut(rejected.digest().location(), 4000),
				rejected.line(), Jdbc.cut(rejected.reason(), 1000), Jdbc.cut(rejected.rawText(), 16384));
	}

}
