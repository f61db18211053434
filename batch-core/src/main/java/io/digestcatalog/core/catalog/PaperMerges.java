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
import io.digestcatalog.core.dedupe.er.MatchRule;
import io.digestcatalog.core.dedupe.er.MergeDecision;
import io.digestcatalog.core.dedupe.er.RecordPair;

/**
 * Merges the papers of each resolved cluster into the paper seen first. A paper can hold
 * more records than the cluster (records joined by key as they loaded), so a merge is
 * refused when a record of one paper and a record of the other are an operator's
 * never-merge pair, or when the two papers hold different arXiv ids or different
 * publisher DOIs: the guards of resolution, applied to whole papers.
 */
final class PaperMerges {

	private final Connection c;

	private final Map<String, List<RecordPair>> cannotLink;

	/**
	 * @param cannotLink the operator's cannot-link pairs by each of their records
	 */
	PaperMerges(Connection c, Map<String, List<RecordPair>> cannotLink) {
		this.c = c;
		this.cannotLink = cannotLink;
	}

	/** Merges the papers of one cluster; returns how many were merged into another. */
	int mergeCluster(String clusterId, SourceRanking ranking) {
		Map<String, String> paperOf = new LinkedHashMap<>();
		Jdbc.query(this.c,
				"SELECT a.record_id, a.paper_id FROM record_resolution r JOIN appearance a"
						+ " ON a.record_id = r.record_id WHERE r.cluster_id = ? ORDER BY a.record_id",
				rs -> paperOf.put(rs.getString(1), rs.getString(2)), clusterId);
		Map<String, List<String>> byPaper = new LinkedHashMap<>();
		paperOf.forEach((record, paper) -> byPaper.computeIfAbsent(paper, k -> new ArrayList<>()).add(record));
		if (byPaper.size() < 2) {
			return 0;
		}
		Map<String, List<MergeDecision>> decisions = new HashMap<>();
		for (MergeDecision d : acceptedLinks(paperOf.keySet())) {
			decisions.computeIfAbsent(d.recordA(), k -> new ArrayList<>()).add(d);
			decisions.computeIfAbsent(d.recordB(), k -> new ArrayList<>()).add(d);
		}
		List<String> papers = PaperStore.inOrderSeen(this.c, byPaper.keySet());
		String survivor = papers.get(0);
		int merged = 0;
		for (String paper : papers.subList(1, papers.size())) {
			if (refused(survivor, paper)) {
				continue;
			}
			PaperStore.merge(this.c, survivor, paper, reason(byPaper.get(paper), decisions, paper, paperOf));
			paperOf.replaceAll((record, p) -> paper.equals(p) ? survivor : p);
			merged++;
		}
		if (merged > 0) {
			PaperProjection.refresh(this.c, survivor, ranking);
		}
		return merged;
	}

	/** The accepted links among a cluster's records (they never leave it). */
	private List<MergeDecision> acceptedLinks(Set<String> records) {
		List<MergeDecision> links = new ArrayList<>();
		for (String record : records) {
			Jdbc.query(this.c,
					"SELECT record_a, record_b, rule, score, reason FROM resolve_link "
							+ "WHERE record_a = ? AND refusal IS NULL ORDER BY record_b",
					rs -> links.add(new MergeDecision(rs.getString(1), rs.getString(2),
							MatchRule.valueOf(rs.getString(3)), rs.getDouble(4), rs.getString(5))),
					record);
		}
		return links;
	}

	private boolean refused(String a, String b) {
		if (!this.cannotLink.isEmpty()) {
			for (String record : Jdbc.query(this.c, "SELECT record_id FROM appearance WHERE paper_id = ?",
					rs -> rs.getString(1), a)) {
				for (RecordPair pair : this.cannotLink.getOrDefault(record, List.of())) {
					String other = pair.first().equals(record) ? pair.second() : pair.first();
					if (Jdbc.count(this.c, "SELECT COUNT(*) FROM appearance WHERE record_id = ? AND paper_id = ?",
							other, b) > 0) {
						return true;
					}
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
	private static String reason(List<String> records, Map<String, List<MergeDecision>> decisions, String paper,
			Map<String, String> paperOf) {
		MergeDecision best = null;
		for (String record : records) {
			for (MergeDecision d : decisions.getOrDefault(record, List.of())) {
				String other = d.recordA().equals(record) ? d.recordB() : d.recordA();
				if (!paper.equals(paperOf.get(other)) && (best == null || d.rule().ordinal() < best.rule().ordinal()
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
