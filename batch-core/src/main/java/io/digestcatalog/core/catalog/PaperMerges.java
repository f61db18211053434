package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.dedupe.er.Cluster;
import io.digestcatalog.core.dedupe.er.MergeDecision;
import io.digestcatalog.core.dedupe.er.Overrides;
import io.digestcatalog.core.dedupe.er.RecordPair;
import io.digestcatalog.core.dedupe.er.Resolution;

/**
 * Merges the papers of each resolved cluster into the paper seen first. A paper can hold
 * more records than the cluster (records joined by key as they loaded), so a merge is
 * refused when a record of one paper and a record of the other are an operator's
 * never-merge pair, or when the two papers hold different arXiv ids or different
 * publisher DOIs: the guards of resolution, applied to whole papers.
 */
final class PaperMerges {

	private final Connection c;

	private final Map<String, String> paperOf;

	private final Map<String, List<String>> recordsOf = new HashMap<>();

	private final Map<String, List<String>> cannotLink = new HashMap<>();

	PaperMerges(Connection c, Map<String, String> paperOf, Overrides overrides) {
		this.c = c;
		this.paperOf = new HashMap<>(paperOf);
		this.paperOf
			.forEach((record, paper) -> this.recordsOf.computeIfAbsent(paper, k -> new ArrayList<>()).add(record));
		for (RecordPair pair : overrides.cannotLink()) {
			this.cannotLink.computeIfAbsent(pair.first(), k -> new ArrayList<>()).add(pair.second());
			this.cannotLink.computeIfAbsent(pair.second(), k -> new ArrayList<>()).add(pair.first());
		}
	}

	/** Merges; returns how many papers were merged into others. */
	int merge(Resolution resolution, SourceRanking ranking) {
		Map<String, List<MergeDecision>> decisions = new HashMap<>();
		for (MergeDecision d : resolution.decisions()) {
			decisions.computeIfAbsent(d.recordA(), k -> new ArrayList<>()).add(d);
			decisions.computeIfAbsent(d.recordB(), k -> new ArrayList<>()).add(d);
		}
		int merged = 0;
		for (Cluster cluster : resolution.clusters()) {
			Map<String, List<String>> byPaper = new LinkedHashMap<>();
			for (String record : cluster.recordIds()) {
				byPaper.computeIfAbsent(this.paperOf.get(record), k -> new ArrayList<>()).add(record);
			}
			if (byPaper.size() < 2) {
				continue;
			}
			List<String> papers = PaperStore.inOrderSeen(this.c, byPaper.keySet());
			String survivor = papers.get(0);
			int before = merged;
			for (String paper : papers.subList(1, papers.size())) {
				if (refused(survivor, paper)) {
					continue;
				}
				PaperStore.merge(this.c, survivor, paper, reason(byPaper.get(paper), decisions, paper));
				List<String> moved = this.recordsOf.remove(paper);
				moved.forEach(r -> this.paperOf.put(r, survivor));
				this.recordsOf.get(survivor).addAll(moved);
				merged++;
			}
			if (merged > before) {
				PaperProjection.refresh(this.c, survivor, ranking);
			}
		}
		return merged;
	}

	private boolean refused(String a, String b) {
		for (String record : this.recordsOf.getOrDefault(a, List.of())) {
			for (String other : this.cannotLink.getOrDefault(record, List.of())) {
				if (b.equals(this.paperOf.get(other))) {
					return true;
				}
			}
		}
		if (PaperStore.neverMerge(this.c, a, b)) {
			return true;
		}
		return conflict(keys(a, DedupeKey.ARXIV), keys(b, DedupeKey.ARXIV))
				|| conflict(publisher(keys(a, DedupeKey.DOI)), publisher(keys(b, DedupeKey.DOI)));
	}

	private Set<String> keys(String paper, String kind) {
		return new HashSet<>(Jdbc.query(this.c, "SELECT key_value FROM paper_key WHERE paper_id = ? AND key_kind = ?",
				rs -> rs.getString(1), paper, kind));
	}

	private static Set<String> publisher(Set<String> dois) {
		dois.removeIf(doi -> doi.toLowerCase(Locale.ROOT).startsWith("10.48550/"));
		return dois;
	}

	private static boolean conflict(Set<String> a, Set<String> b) {
		return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
	}

	/** The strongest link from one of the paper's records to a record outside it. */
	private String reason(List<String> records, Map<String, List<MergeDecision>> decisions, String paper) {
		MergeDecision best = null;
		for (String record : records) {
			for (MergeDecision d : decisions.getOrDefault(record, List.of())) {
				String other = d.recordA().equals(record) ? d.recordB() : d.recordA();
				if (!paper.equals(this.paperOf.get(other))
						&& (best == null || d.rule().ordinal() < best.rule().ordinal()
								|| (d.rule() == best.rule() && d.score() > best.score()))) {
					best = d;
				}
			}
		}
		if (best == null) {
			return "entity resolution: same cluster";
		}
		return "entity resolution: " + best.rule() + String.format(Locale.ROOT, " (score %.3f) ", best.score())
				+ best.recordA() + " ~ " + best.recordB() + ": " + best.reason();
	}

}
