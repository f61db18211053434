package io.digestcatalog.core.dedupe.er;

import java.util.List;
import java.util.Objects;

/**
 * One resolved paper: the records that describe it.
 *
 * @param id the smallest record id, so that the id does not depend on input order
 * @param recordIds the records, ascending
 */
public record Cluster(String id, List<String> recordIds) {

	public Cluster {
		Objects.requireNonNull(id, "id");
		recordIds = List.copyOf(recordIds);
		if (recordIds.isEmpty() || !recordIds.get(0).equals(id)) {
			throw new IllegalArgumentException("a cluster's id is its smallest record id: " + id);
		}
	}

	public int size() {
		return this.recordIds.size();
	}

}
