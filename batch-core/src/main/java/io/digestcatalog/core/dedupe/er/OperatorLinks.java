package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operator's overrides, turned into links (must-link) and guard entries (cannot-link)
 * as soon as both records of a pair are indexed.
 */
final class OperatorLinks {

	private final Map<String, List<String>> mustLink = new HashMap<>();

	private final Map<String, List<String>> cannotLink = new HashMap<>();

	private final Map<Integer, List<Integer>> cannotByPosition = new HashMap<>();

	private final Set<RecordPair> linked = new HashSet<>();

	OperatorLinks(Overrides overrides) {
		for (RecordPair pair : overrides.mustLink()) {
			both(this.mustLink, pair);
		}
		for (RecordPair pair : overrides.cannotLink()) {
			both(this.cannotLink, pair);
		}
	}

	private static void both(Map<String, List<String>> byId, RecordPair pair) {
		byId.computeIfAbsent(pair.first(), id -> new ArrayList<>()).add(pair.second());
		byId.computeIfAbsent(pair.second(), id -> new ArrayList<>()).add(pair.first());
	}

	/**
	 * Registers the pairs that records at {@code first} and after complete; returns the
	 * must-links among them as links.
	 */
	List<Link> register(List<RecordProfile> profiles, int first, Map<String, Integer> positions) {
		List<Link> links = new ArrayList<>();
		for (int record = first; record < profiles.size(); record++) {
			String id = profiles.get(record).id();
			for (String partnerId : this.cannotLink.getOrDefault(id, List.of())) {
				Integer partner = positions.get(partnerId);
				if (partner != null && partner < record) {
					this.cannotByPosition.computeIfAbsent(record, r -> new ArrayList<>()).add(partner);
					this.cannotByPosition.computeIfAbsent(partner, r -> new ArrayList<>()).add(record);
				}
			}
			for (String partnerId : this.mustLink.getOrDefault(id, List.of())) {
				Integer partner = positions.get(partnerId);
				RecordPair pair = RecordPair.of(id, partnerId);
				if (partner != null && partner < record && this.linked.add(pair)) {
					boolean partnerFirst = partnerId.compareTo(id) < 0;
					links.add(new Link(partnerFirst ? partner : record, partnerFirst ? record : partner,
							MatchRule.MUST_LINK, 1, "operator must-link"));
				}
			}
		}
		return links;
	}

	/** Remembers the must-links an earlier resolution already holds. */
	void skipRestored(List<Link> links, List<RecordProfile> profiles) {
		for (Link link : links) {
			if (link.rule == MatchRule.MUST_LINK) {
				this.linked.add(RecordPair.of(profiles.get(link.a).id(), profiles.get(link.b).id()));
			}
		}
	}

	/** Positions of indexed records named by any override. */
	List<Integer> touched(Map<String, Integer> positions) {
		List<Integer> touched = new ArrayList<>();
		for (String id : this.mustLink.keySet()) {
			addIfIndexed(id, positions, touched);
		}
		for (String id : this.cannotLink.keySet()) {
			addIfIndexed(id, positions, touched);
		}
		touched.sort(Integer::compare);
		return touched;
	}

	private static void addIfIndexed(String id, Map<String, Integer> positions, List<Integer> touched) {
		Integer position = positions.get(id);
		if (position != null) {
			touched.add(position);
		}
	}

	Map<Integer, List<Integer>> cannotLinks() {
		return this.cannotByPosition;
	}

}
