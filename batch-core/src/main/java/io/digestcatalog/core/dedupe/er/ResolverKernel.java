package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of resolution an index kept outside the heap is built from, the same ones
 * {@link ResolverIndex} uses: a record's profile and blocking keys, the verdict on a
 * pair, and the clusters of a connected component of links. Candidate pairs, pair
 * decisions and a component's clusters depend on their records and links alone, so an
 * index that keeps its keys on disk and its links in a database, and resolves records a
 * batch at a time, ends exactly where {@link EntityResolver#resolve} ends with all of
 * them in memory.
 */
public final class ResolverKernel {

	private ResolverKernel() {
	}

	/** A record as the matcher sees it; computed once, compared many times. */
	public static final class Profile {

		private final RecordProfile profile;

		private Profile(RecordProfile profile) {
			this.profile = profile;
		}

		public String id() {
			return this.profile.id();
		}

		/** Its blocking keys: two records are compared only when they share one. */
		public long[] keys() {
			return BlockingKeys.of(this.profile);
		}

	}

	public static Profile profile(ResolutionRecord record) {
		return new Profile(RecordProfile.of(record));
	}

	/**
	 * The link between two records, or {@code null} when the matcher keeps them apart
	 * (and for a pair an operator decided, which is never scored).
	 */
	public static MergeDecision link(Profile x, Profile y, Overrides overrides) {
		boolean xFirst = x.id().compareTo(y.id()) < 0;
		Profile a = xFirst ? x : y;
		Profile b = xFirst ? y : x;
		RecordPair pair = new RecordPair(a.id(), b.id());
		if (overrides.cannotLink().contains(pair) || overrides.mustLink().contains(pair)) {
			return null;
		}
		PairDecision decision = MatchScorer.decide(a.profile, b.profile, false);
		return decision.match()
				? new MergeDecision(a.id(), b.id(), decision.rule(), decision.score(), decision.reason()) : null;
	}

	/**
	 * The matcher's verdict on two records alone, {@code x} taken first (what
	 * {@link EntityResolver#explain} decides), with no operator's decision applied.
	 */
	public static boolean matches(Profile x, Profile y) {
		return MatchScorer.decide(x.profile, y.profile, false).match();
	}

	/** An operator's must-link as the link it makes. */
	public static MergeDecision mustLink(RecordPair pair) {
		return new MergeDecision(pair.first(), pair.second(), MatchRule.MUST_LINK, 1, "operator must-link");
	}

	/**
	 * The clusters of records and the guard's verdict on each link.
	 *
	 * @param clusterOf each record's cluster id (the smallest record id in it)
	 * @param refusals each refused link (by its pair) with why the guard refused it
	 */
	public record Clusters(Map<String, String> clusterOf, Map<RecordPair, String> refusals) {

	}

	/**
	 * Clusters the members of whole connected components by their links (each link's
	 * reason without a refusal), as {@link ResolverIndex} does: links in canonical order,
	 * the guard refusing what would join conflicting records or an operator's
	 * cannot-link.
	 */
	public static Clusters cluster(Collection<Profile> members, Collection<MergeDecision> links, Overrides overrides) {
		List<RecordProfile> profiles = new ArrayList<>(members.size());
		Map<String, Integer> positions = new HashMap<>();
		for (Profile member : members) {
			positions.put(member.id(), profiles.size());
			profiles.add(member.profile);
		}
		List<Link> local = new ArrayList<>(links.size());
		for (MergeDecision d : links) {
			local.add(new Link(position(positions, d.recordA()), position(positions, d.recordB()), d.rule(), d.score(),
					d.reason()));
		}
		Map<Integer, List<Integer>> cannot = new HashMap<>();
		for (RecordPair pair : overrides.cannotLink()) {
			Integer a = positions.get(pair.first());
			Integer b = positions.get(pair.second());
			if (a != null && b != null) {
				cannot.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
				cannot.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
			}
		}
		local.sort(GuardedClustering.canonicalOrder(profiles));
		List<Integer> all = new ArrayList<>(profiles.size());
		for (int i = 0; i < profiles.size(); i++) {
			all.add(i);
		}
		Map<Integer, Integer> roots = new GuardedClustering(profiles, cannot).cluster(all, local);
		Map<Integer, String> smallest = new HashMap<>();
		for (int record : all) {
			smallest.merge(roots.get(record), profiles.get(record).id(), (x, y) -> (x.compareTo(y) <= 0) ? x : y);
		}
		Map<String, String> clusterOf = new HashMap<>();
		for (int record : all) {
			clusterOf.put(profiles.get(record).id(), smallest.get(roots.get(record)));
		}
		Map<RecordPair, String> refusals = new HashMap<>();
		for (Link link : local) {
			if (link.refusal != null) {
				refusals.put(new RecordPair(profiles.get(link.a).id(), profiles.get(link.b).id()), link.refusal);
			}
		}
		return new Clusters(clusterOf, refusals);
	}

	private static int position(Map<String, Integer> positions, String id) {
		Integer position = positions.get(id);
		if (position == null) {
			throw new IllegalArgumentException("a link names record " + id + ", which is not among the members");
		}
		return position;
	}

}
