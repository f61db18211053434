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
 */
public record PaperDetail(PaperRecord paper, Map<String, String> fieldSources, List<Merge> merges) {

	/**
	 * A paper folded into this one.
	 *
	 * @param mergedId the id the other paper had
	 * @param reason why they are one paper
	 */
	public record Merge(String mergedId, String reason) {

	}

}
