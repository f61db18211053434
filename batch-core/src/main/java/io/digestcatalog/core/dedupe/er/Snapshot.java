package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns an index's state into a {@link Resolution}: clusters by id, decisions by record
 * ids, so that equal states give equal resolutions whatever the order records came in.
 */
final class Snapshot {

	private Snapshot() {
	}

	static Resolution of(List<RecordProfile> profiles, String[] clusterIds, List<Link> links, long candidatePairs) {
		Map<String, List<String>> members = new TreeMap<>();
		for (int record = 0; record < profiles.size(); record++) {
			members.computeIfAbsent(clusterIds[record], id -> new ArrayList<>()).add(profiles.get(record).id());
		}
		List<Cluster> clusters = new ArrayList<>(members.size());
		members.forEach((id, ids) -> {
			ids.sort(Comparator.naturalOrder());
			clusters.add(new Cluster(id, ids));
		});
		List<MergeDecision> accepted = new ArrayList<>();
		List<MergeDecision> refused = new ArrayList<>();
		for (Link link : links) {
			String a = profiles.get(link.a).id();
			String b = profiles.get(link.b).id();
			if (link.refusal == null) {
				accepted.add(new MergeDecision(a, b, link.rule, link.score, link.reason));
			}
			else {
				refused.add(new MergeDecision(a, b, link.rule, link.score,
						link.refusal + LinkGraph.REFUSAL_SEPARATOR + link.reason));
			}
		}
		Comparator<MergeDecision> byIds = Comparator.comparing(MergeDecision::recordA)
			.thenComparing(MergeDecision::recordB);
		accepted.sort(byIds);
		refused.sort(byIds);
		return new Resolution(clusters, accepted, refused,
				new ResolutionStats(profiles.size(), candidatePairs, links.size(), refused.size(), clusters.size()));
	}

}
