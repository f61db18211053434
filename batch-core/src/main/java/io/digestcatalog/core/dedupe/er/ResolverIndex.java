package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Records resolved so far, to which new records are added without resolving the old ones
 * again: only the new records are blocked and compared (against everything), and only the
 * clusters their links reach are rebuilt. Since candidate pairs and pair decisions depend
 * on the two records alone, and a component's clusters on its links alone, adding records
 * in batches gives exactly the clusters, decisions and counts of resolving them all at
 * once. Not thread-safe: one writer at a time.
 */
public final class ResolverIndex {

	private final Overrides overrides;

	private final List<RecordProfile> profiles = new ArrayList<>();

	private final Map<String, Integer> positions = new HashMap<>();

	private final BlockIndex blocks = new BlockIndex();

	private final LinkGraph graph;

	private long candidatePairs;

	ResolverIndex(Overrides overrides) {
		this.overrides = overrides;
		this.graph = new LinkGraph(this.profiles, overrides);
	}

	/** Adds records (ids new to the index) and re-clusters what they touch. */
	public void add(List<ResolutionRecord> records) {
		List<RecordProfile> added = profilesOf(records);
		int first = this.profiles.size();
		int[][] candidates = new int[added.size()][];
		List<long[]> keys = added.parallelStream().map(BlockingKeys::of).toList();
		CandidateSearch search = new CandidateSearch(first + added.size());
		for (int i = 0; i < added.size(); i++) {
			int position = first + i;
			this.profiles.add(added.get(i));
			this.positions.put(added.get(i).id(), position);
			candidates[i] = search.candidates(this.blocks, keys.get(i), position);
			this.candidatePairs += candidates[i].length;
		}
		List<List<Link>> found = IntStream.range(0, added.size())
			.parallel()
			.mapToObj(i -> scored(first + i, candidates[i]))
			.toList();
		this.graph.grow(this.profiles.size());
		for (List<Link> links : found) {
			links.forEach(this.graph::addLink);
		}
		this.graph.addOperatorLinks(first, this.positions);
		this.graph.recluster(IntStream.range(first, this.profiles.size()).boxed().toList());
	}

	private List<RecordProfile> profilesOf(List<ResolutionRecord> records) {
		Set<String> ids = new HashSet<>();
		for (ResolutionRecord record : records) {
			if (this.positions.containsKey(record.id()) || !ids.add(record.id())) {
				throw new IllegalArgumentException("duplicate record id " + record.id());
			}
		}
		return records.parallelStream().map(RecordProfile::of).toList();
	}

	/** The links of a new record to its candidates (all at earlier positions). */
	private List<Link> scored(int position, int[] candidates) {
		List<Link> links = new ArrayList<>();
		RecordProfile profile = this.profiles.get(position);
		for (int other : candidates) {
			RecordProfile candidate = this.profiles.get(other);
			RecordPair pair = RecordPair.of(profile.id(), candidate.id());
			if (this.overrides.cannotLink().contains(pair) || this.overrides.mustLink().contains(pair)) {
				continue;
			}
			boolean candidateFirst = candidate.id().compareTo(profile.id()) < 0;
			int a = candidateFirst ? other : position;
			int b = candidateFirst ? position : other;
			PairDecision decision = MatchScorer.decide(this.profiles.get(a), this.profiles.get(b));
			if (decision.match()) {
				links.add(new Link(a, b, decision.rule(), decision.score(), decision.reason()));
			}
		}
		return links;
	}

	/** The id of the cluster holding {@code recordId}. */
	public String clusterOf(String recordId) {
		Integer position = this.positions.get(recordId);
		if (position == null) {
			throw new IllegalArgumentException("unknown record " + recordId);
		}
		return this.graph.clusterId(position);
	}

	/** Candidate pairs compared since the index was empty (restored ones included). */
	public long candidatePairs() {
		return this.candidatePairs;
	}

	public int size() {
		return this.profiles.size();
	}

	/** All clusters and decisions as they stand. */
	public Resolution resolution() {
		return this.graph.resolution(this.candidatePairs);
	}

	/** The verdict on two records, whether or not blocking would compare them. */
	public static PairDecision explain(ResolutionRecord a, ResolutionRecord b) {
		return MatchScorer.decide(RecordProfile.of(a), RecordProfile.of(b));
	}

	void restore(List<ResolutionRecord> records, Resolution previous) {
		List<RecordProfile> restored = profilesOf(records);
		List<long[]> keys = restored.parallelStream().map(BlockingKeys::of).toList();
		for (int i = 0; i < restored.size(); i++) {
			RecordProfile profile = restored.get(i);
			int position = this.profiles.size();
			this.profiles.add(profile);
			this.positions.put(profile.id(), position);
			for (long key : keys.get(i)) {
				this.blocks.add(key, position);
			}
		}
		this.graph.grow(this.profiles.size());
		this.graph.restore(previous, this.positions);
		this.candidatePairs = previous.stats().candidatePairs();
	}

}
