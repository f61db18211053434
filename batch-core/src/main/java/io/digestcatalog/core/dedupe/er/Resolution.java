package io.digestcatalog.core.dedupe.er;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of resolving records: the clusters (one per paper, in order of id), every
 * link accepted into a cluster and every link the guard refused, each with its reason.
 *
 * @param clusters all clusters, singletons included, ascending by id
 * @param decisions the accepted links, ascending by record ids
 * @param refused the links refused because they would have joined conflicting clusters
 * @param stats counts
 */
public record Resolution(List<Cluster> clusters, List<MergeDecision> decisions, List<MergeDecision> refused,
		ResolutionStats stats) {

	public Resolution {
		clusters = List.copyOf(clusters);
		decisions = List.copyOf(decisions);
		refused = List.copyOf(refused);
	}

	/** Record id to the id of its cluster. */
	public Map<String, String> clusterIdByRecord() {
		Map<String, String> byRecord = new HashMap<>();
		for (Cluster cluster : this.clusters) {
			for (String record : cluster.recordIds()) {
				byRecord.put(record, cluster.id());
			}
		}
		return byRecord;
	}

}
