package io.digestcatalog.core.catalog;

import java.util.List;
import java.util.Map;

/**
 * One paper with the reasons behind it: which source gave each field, how each sighting
 * was matched, and every merge that folded another paper into it.
 *
 * @param paper the paper with its links and appearances
 * @param fieldSources field name to the source that gave its value
 * @param merges the merges into this paper, each with its reason
 * @param corrections an operator's never-merge and always-merge corrections touching its
 * records
 */
public record PaperDetail(PaperRecord paper, Map<String, String> fieldSources, List<Merge> merges,
		List<Correction> corrections) {

	/**
	 * An operator's correction between one of this paper's records and another record.
	 *
	 * @param kind {@code never} or {@code always}
	 * @param recordId this paper's record
	 * @param otherRecordId the other record
	 * @param otherPaperId the paper the other record is in now
	 * @param reason the operator's command and words
	 * @param createdAt when (ISO instant)
	 */
	public record Correction(String kind, String recordId, String otherRecordId, String otherPaperId, String reason,
			String createdAt) {

	}

	/**
	 * A paper folded into this one.
	 *
	 * @param mergedId the id the other paper had
	 * @param reason why they are one paper: the rule or keys, the score, the records
	 * @param decidedAt when (ISO instant), or {@code null} for merges made before it was
	 * kept
	 */
	public record Merge(String mergedId, String reason, String decidedAt) {

	}

}
