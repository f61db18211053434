package io.digestcatalog.core.dedupe.er;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The links between indexed records and the clusters they make. Clusters are rebuilt a
 * connected component at a time: the component of the links reaching new records, from
 * all of its links in canonical order, which is what a full rebuild would do with them.
 */
final class LinkGraph {

	static final String REFUSAL_SEPARATOR = MergeDecision.REFUSAL_SEPARATOR;

	private final List<RecordProfile> profiles;

	private final OperatorLinks operator;

	private final List<Link> links = new ArrayList<>();

	private final List<List<Link>> adjacency = new ArrayList<>();

	private String[] clusterIds = new String[0];

	private int[] visited = new int[0];

	private int epoch;

	LinkGraph(List<RecordProfile> profiles, Overrides overrides) {
		this.profiles = profiles;
		this.operator = new OperatorLinks(overrides);
	}

	void grow(int records) {
		while (this.adjacency.size() < records) {
			this.adjacency.add(null);
		}
		this.clusterIds = Arrays.copyOf(this.clusterIds, records);
		this.visited = Arrays.copyOf(this.visited, records);
	}

	void addLink(Link link) {
		this.links.add(link);
		adjacent(link.a).add(link);
		adjacent(link.b).add(link);
	}

	private List<Link> adjacent(int record) {
		List<Link> list = this.adjacency.get(record);
		if (list == null) {
			list = new ArrayList<>(2);
			this.adjacency.set(record, list);
		}
		return list;
	}

	/**
	 * Adds the operator's must-links and cannot-links that records from {@code first} on
	 * complete.
	 */
	void addOperatorLinks(int first, Map<String, Integer> positions) {
		this.operator.register(this.profiles, first, positions).forEach(this::addLink);
	}

	/** Rebuilds the clusters of every component that reaches {@code seeds}. */
	void recluster(List<Integer> seeds) {
		this.epoch++;
		List<Integer> component = new ArrayList<>();
		Deque<Integer> queue = new ArrayDeque<>();
		for (int seed : seeds) {
			if (this.visited[seed] != this.epoch) {
				this.visited[seed] = this.epoch;
				queue.add(seed);
			}
		}
		List<Link> componentLinks = new ArrayList<>();
		while (!queue.isEmpty()) {
			int record = queue.poll();
			component.add(record);
			List<Link> adjacent = this.adjacency.get(record);
			for (Link link : (adjacent == null) ? List.<Link>of() : adjacent) {
				int other = link.other(record);
				if (record == link.a) {
					componentLinks.add(link);
				}
				if (this.visited[other] != this.epoch) {
					this.visited[other] = this.epoch;
					queue.add(other);
				}
			}
		}
		componentLinks.sort(GuardedClustering.canonicalOrder(this.profiles));
		Map<Integer, Integer> roots = new GuardedClustering(this.profiles, this.operator.cannotLinks())
			.cluster(component, componentLinks);
		Map<Integer, String> smallestId = new HashMap<>();
		for (int record : component) {
			smallestId.merge(roots.get(record), this.profiles.get(record).id(),
					(x, y) -> (x.compareTo(y) <= 0) ? x : y);
		}
		for (int record : component) {
			this.clusterIds[record] = smallestId.get(roots.get(record));
		}
	}

	String clusterId(int record) {
		return this.clusterIds[record];
	}

	Resolution resolution(long candidatePairs) {
		return Snapshot.of(this.profiles, this.clusterIds, this.links, candidatePairs);
	}

	/** Takes links and clusters from an earlier resolution of the same records. */
	void restore(Resolution previous, Map<String, Integer> positions) {
		for (MergeDecision decision : previous.decisions()) {
			addLink(restored(decision, decision.reason(), positions));
		}
		for (MergeDecision decision : previous.refused()) {
			int cut = decision.reason().indexOf(REFUSAL_SEPARATOR);
			String reason = (cut < 0) ? decision.reason()
					: decision.reason().substring(cut + REFUSAL_SEPARATOR.length());
			Link link = restored(decision, reason, positions);
			link.refusal = (cut < 0) ? "refused" : decision.reason().substring(0, cut);
			addLink(link);
		}
		for (Cluster cluster : previous.clusters()) {
			for (String id : cluster.recordIds()) {
				this.clusterIds[position(id, positions)] = cluster.id();
			}
		}
		for (int record = 0; record < this.clusterIds.length; record++) {
			if (this.clusterIds[record] == null) {
				throw new IllegalArgumentException("record " + this.profiles.get(record).id() + " is in no cluster");
			}
		}
		this.operator.skipRestored(this.links, this.profiles);
		addOperatorLinks(0, positions);
		recluster(this.operator.touched(positions));
	}

	private Link restored(MergeDecision decision, String reason, Map<String, Integer> positions) {
		return new Link(position(decision.recordA(), positions), position(decision.recordB(), positions),
				decision.rule(), decision.score(), reason);
	}

	private static int position(String id, Map<String, Integer> positions) {
		Integer position = positions.get(id);
		if (position == null) {
			throw new IllegalArgumentException("the resolution names record " + id + ", which was not given");
		}
		return position;
	}

}
