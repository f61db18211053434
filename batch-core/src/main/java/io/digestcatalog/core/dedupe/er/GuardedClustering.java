package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Union-find over links in canonical order (operator, arXiv, DOI, then by descending
 * score, ties by record ids), refusing a merge that would put a cannot-link pair in one
 * cluster: two different arXiv ids, two publisher DOIs with none in common, publications
 * of two kinds (journal, conference, report), two parts of a series, two entries of one
 * listing joined by anything but an id, or an operator's cannot-link. So a chain of weak
 * links cannot join two papers that a key tells apart, and the result depends only on the
 * set of links, not on input order.
 */
final class GuardedClustering {

	private final List<RecordProfile> profiles;

	private final Map<Integer, List<Integer>> cannotLinks;

	private final Map<Integer, Integer> parent = new HashMap<>();

	private final Map<Integer, Guard> guards = new HashMap<>();

	GuardedClustering(List<RecordProfile> profiles, Map<Integer, List<Integer>> cannotLinks) {
		this.profiles = profiles;
		this.cannotLinks = cannotLinks;
	}

	/** What a cluster must not be joined with, kept at its root. */
	private record Guard(Set<String> arxivIds, Set<String> dois, Set<VenueKind> kinds, Set<String> parts,
			Set<String> listings, List<Integer> watched) {
	}

	static Comparator<Link> canonicalOrder(List<RecordProfile> profiles) {
		return Comparator.<Link>comparingInt(link -> link.rule.ordinal())
			.thenComparing(link -> -link.score)
			.thenComparing(link -> profiles.get(link.a).id())
			.thenComparing(link -> profiles.get(link.b).id());
	}

	/**
	 * Clusters {@code records} by {@code links} (sorted canonically, both ends among the
	 * records); marks refused links and returns each record's root.
	 */
	Map<Integer, Integer> cluster(List<Integer> records, List<Link> links) {
		for (int record : records) {
			this.parent.put(record, record);
		}
		for (Link link : links) {
			int rootA = find(link.a);
			int rootB = find(link.b);
			link.refusal = null;
			if (rootA == rootB) {
				continue;
			}
			String conflict = conflict(rootA, rootB, link.rule);
			if (conflict != null) {
				link.refusal = conflict;
				continue;
			}
			union(rootA, rootB);
		}
		Map<Integer, Integer> roots = new HashMap<>();
		for (int record : records) {
			roots.put(record, find(record));
		}
		return roots;
	}

	private String conflict(int rootA, int rootB, MatchRule rule) {
		boolean operator = rule == MatchRule.MUST_LINK;
		Guard a = guard(rootA);
		Guard b = guard(rootB);
		boolean byId = operator || rule == MatchRule.ARXIV_ID || rule == MatchRule.DOI;
		if (!byId && !disjoint(a.listings, b.listings)) {
			return "refused: would join two entries of one listing without an id in common";
		}
		if (!operator && !a.arxivIds.isEmpty() && !b.arxivIds.isEmpty() && disjoint(a.arxivIds, b.arxivIds)) {
			return "refused: would join arXiv ids " + a.arxivIds + " and " + b.arxivIds;
		}
		if (!operator && !a.dois.isEmpty() && !b.dois.isEmpty() && disjoint(a.dois, b.dois)) {
			return "refused: would join publisher DOIs " + a.dois + " and " + b.dois;
		}
		if (!operator && !a.kinds.isEmpty() && !b.kinds.isEmpty() && !a.kinds.equals(b.kinds)) {
			return "refused: would join publications of different kinds " + a.kinds + " and " + b.kinds;
		}
		if (!operator && !a.parts.isEmpty() && !b.parts.isEmpty() && !a.parts.equals(b.parts)) {
			return "refused: would join parts " + a.parts + " and " + b.parts + " of a series";
		}
		Guard fewer = (a.watched.size() <= b.watched.size()) ? a : b;
		int otherRoot = (fewer == a) ? rootB : rootA;
		for (int record : fewer.watched) {
			for (int partner : this.cannotLinks.get(record)) {
				if (this.parent.containsKey(partner) && find(partner) == otherRoot) {
					return "refused: operator cannot-link " + this.profiles.get(record).id() + " / "
							+ this.profiles.get(partner).id();
				}
			}
		}
		return null;
	}

	private static boolean disjoint(Set<String> a, Set<String> b) {
		for (String value : a) {
			if (b.contains(value)) {
				return false;
			}
		}
		return true;
	}

	private Guard guard(int root) {
		return this.guards.computeIfAbsent(root, r -> {
			RecordProfile profile = this.profiles.get(r);
			Set<String> arxiv = new HashSet<>();
			if (profile.arxiv() != null) {
				arxiv.add(profile.arxiv());
			}
			List<Integer> watched = new ArrayList<>();
			if (this.cannotLinks.containsKey(r)) {
				watched.add(r);
			}
			Set<VenueKind> kinds = EnumSet.noneOf(VenueKind.class);
			if (profile.venueKind().isPublication()) {
				kinds.add(profile.venueKind());
			}
			Set<String> parts = new HashSet<>();
			if (profile.title().part() != null) {
				parts.add(profile.title().part());
			}
			Set<String> listings = new HashSet<>();
			if (profile.listing() != null) {
				listings.add(profile.listing());
			}
			return new Guard(arxiv, new HashSet<>(profile.publisherDois()), kinds, parts, listings, watched);
		});
	}

	private void union(int rootA, int rootB) {
		Guard a = guard(rootA);
		Guard b = guard(rootB);
		// the smaller id's record is the root so that roots do not depend on order
		int root = Math.min(rootA, rootB);
		int child = (root == rootA) ? rootB : rootA;
		Guard kept = (root == rootA) ? a : b;
		Guard merged = (root == rootA) ? b : a;
		kept.arxivIds.addAll(merged.arxivIds);
		kept.dois.addAll(merged.dois);
		kept.kinds.addAll(merged.kinds);
		kept.parts.addAll(merged.parts);
		kept.listings.addAll(merged.listings);
		kept.watched.addAll(merged.watched);
		this.guards.remove(child);
		this.parent.put(child, root);
	}

	private int find(int record) {
		int root = record;
		while (this.parent.get(root) != root) {
			root = this.parent.get(root);
		}
		int current = record;
		while (current != root) {
			int next = this.parent.get(current);
			this.parent.put(current, root);
			current = next;
		}
		return root;
	}

}
