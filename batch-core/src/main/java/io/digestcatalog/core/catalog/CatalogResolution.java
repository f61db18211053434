package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.digestcatalog.core.dedupe.er.Cluster;
import io.digestcatalog.core.dedupe.er.MergeDecision;
import io.digestcatalog.core.dedupe.er.Resolution;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * The catalog side of entity resolution: its papers as records to resolve, and the
 * resolution applied as merges into the paper seen first, each with its reason.
 */
public final class CatalogResolution {

	/** Enough of an abstract to compare two; the rest would only cost memory. */
	static final int ABSTRACT_CHARS = 1000;

	private CatalogResolution() {
	}

	/** Every paper as a record: title, authors, year, venue, abstract, arXiv id, DOI. */
	public static List<ResolutionRecord> records(Connection c) {
		return Jdbc.query(c, """
				SELECT paper_id, title, authors, published_on, first_seen, journal_ref, abstract_text, arxiv_id, doi
				FROM paper ORDER BY paper_id""", rs -> {
			LocalDate published = Jdbc.date(rs, "published_on");
			LocalDate firstSeen = Jdbc.date(rs, "first_seen");
			LocalDate dated = (published != null) ? published : firstSeen;
			String authors = rs.getString(3);
			return new ResolutionRecord(rs.getString(1), rs.getString(2),
					(authors == null) ? List.of() : Arrays.asList(authors.split("; ")),
					(dated != null) ? dated.getYear() : null, rs.getString(6),
					Jdbc.cut(rs.getString(7), ABSTRACT_CHARS),
					(rs.getString(8) != null) ? ArxivId.parse(rs.getString(8)).orElse(null) : null,
					(rs.getString(9) != null) ? Doi.parse(rs.getString(9)).stream().toList() : List.of());
		});
	}

	/**
	 * Merges every cluster into its paper seen first; returns how many papers were merged
	 * away.
	 */
	public static int apply(Connection c, Resolution resolution) {
		Map<String, LocalDate> firstSeen = new HashMap<>();
		Jdbc.query(c, "SELECT paper_id, first_seen FROM paper",
				rs -> firstSeen.put(rs.getString(1), Jdbc.date(rs, "first_seen")));
		Map<String, List<MergeDecision>> decisions = new HashMap<>();
		for (MergeDecision d : resolution.decisions()) {
			decisions.computeIfAbsent(d.recordA(), k -> new ArrayList<>()).add(d);
			decisions.computeIfAbsent(d.recordB(), k -> new ArrayList<>()).add(d);
		}
		int merged = 0;
		for (Cluster cluster : resolution.clusters()) {
			if (cluster.size() < 2) {
				continue;
			}
			List<String> members = new ArrayList<>(cluster.recordIds());
			members.sort(Comparator.comparing((String id) -> firstSeen.getOrDefault(id, LocalDate.MAX))
				.thenComparing(Comparator.naturalOrder()));
			String survivor = members.get(0);
			for (String member : members.subList(1, members.size())) {
				PaperStore.merge(c, survivor, member, reason(decisions.getOrDefault(member, List.of())));
				merged++;
			}
		}
		return merged;
	}

	private static String reason(List<MergeDecision> decisions) {
		if (decisions.isEmpty()) {
			return "entity resolution: same cluster";
		}
		MergeDecision d = decisions.get(0);
		return "entity resolution: " + d.rule() + String.format(" (score %.3f): ", d.score()) + d.reason();
	}

}
