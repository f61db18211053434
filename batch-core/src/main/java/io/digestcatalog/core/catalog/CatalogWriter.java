package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.dedupe.er.EntityResolver;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.extract.ExtractedEntry;
import io.digestcatalog.core.extract.Identifier;
import io.digestcatalog.core.extract.Link;

/**
 * Loads extracted entries into the catalog: each entry becomes an appearance of the paper
 * its keys resolve to (a new paper when none does). Every write is keyed by a natural
 * key, so loading the same entries again changes nothing.
 */
public final class CatalogWriter {

	private final long loadingInstance;

	private final SourceRanking ranking;

	/**
	 * @param loadingInstance the job instance loading, so its digests can be completed
	 * together
	 */
	public CatalogWriter(long loadingInstance) {
		this(loadingInstance, SourceRanking.DEFAULT);
	}

	/**
	 * @param loadingInstance the job instance loading, so its digests can be completed
	 * together
	 * @param ranking whose values a paper keeps when its records disagree
	 */
	public CatalogWriter(long loadingInstance, SourceRanking ranking) {
		this.loadingInstance = loadingInstance;
		this.ranking = ranking;
	}

	/** Writes the entries on the caller's connection and transaction. */
	public WriteCounts write(Connection c, List<ExtractedEntry> entries) {
		Set<String> registered = new HashSet<>();
		Set<String> touched = new java.util.LinkedHashSet<>();
		WriteCounts counts = WriteCounts.NONE;
		for (ExtractedEntry e : entries) {
			DigestEntry entry = e.entry();
			if (registered.add(entry.digest().sha256())) {
				DigestLedger.register(c, entry.digest(), this.loadingInstance);
			}
			counts = counts.plus(writeOne(c, e, touched));
		}
		// each paper once per chunk, however many of its records the chunk brought
		for (String paperId : touched) {
			PaperProjection.refresh(c, paperId, this.ranking);
		}
		return counts;
	}

	private WriteCounts writeOne(Connection c, ExtractedEntry e, Set<String> touched) {
		DigestEntry entry = e.entry();
		if (Jdbc.count(c, "SELECT COUNT(*) FROM appearance WHERE digest_sha = ? AND ordinal = ?",
				entry.digest().sha256(), entry.ordinal()) > 0) {
			return new WriteCounts(0, 0, 1, 0, 0);
		}
		// papers matched, each under the best key that matched it; best match first;
		// never
		// a paper an operator set this record apart from
		String recordId = CatalogResolution.recordId(entry.digest().sha256(), entry.ordinal());
		Map<String, DedupeKey> matches = new LinkedHashMap<>();
		ResolutionRecord record = null;
		for (DedupeKey key : e.keys()) {
			String id = PaperStore.paperFor(c, key).orElse(null);
			if (id == null || matches.containsKey(id) || PaperStore.setApart(c, recordId, id)) {
				continue;
			}
			if (DedupeKey.TITLE.equals(key.kind())) {
				// a shared title is a candidate, not a verdict: the key merge obeys the
				// resolver, so no path joins two records that resolution keeps apart
				record = (record != null) ? record : recordOf(e, recordId);
				if (keptApart(c, record, id)) {
					continue;
				}
			}
			matches.put(id, key);
		}
		String paperId;
		String matchedBy;
		long merges = 0;
		boolean isNew = matches.isEmpty();
		if (isNew) {
			paperId = PaperStore.newPaperId(c, recordId, e.keys().get(0).paperId());
			matchedBy = "new";
			PaperStore.insert(c, paperId, e);
		}
		else {
			var best = matches.entrySet().iterator().next();
			paperId = best.getKey();
			matchedBy = best.getValue().kind();
			for (var other : matches.entrySet()) {
				// an operator's never-merge holds against keys too: the entry joins its
				// best match
				if (!other.getKey().equals(paperId) && !PaperStore.neverMerge(c, paperId, other.getKey())) {
					PaperStore.merge(c, paperId, other.getKey(), mergeReason(entry, best.getValue(), other.getValue()));
					merges++;
				}
			}
		}
		for (DedupeKey key : e.keys()) {
			PaperStore.addKey(c, paperId, key);
		}
		insertAppearance(c, e, paperId, matchedBy);
		long links = 0;
		for (Link link : e.ownLinks()) {
			links += addLink(c, paperId, link, "field");
			addRecordLink(c, entry, link, "field");
		}
		for (Link link : e.links()) {
			links += addLink(c, paperId, link, "text");
			addRecordLink(c, entry, link, "text");
		}
		for (Identifier mention : e.mentions()) {
			addMention(c, paperId, mention);
			Jdbc.update(c, """
					MERGE INTO appearance_mention m
					USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), CAST(? AS VARCHAR(10)),
					               CAST(? AS VARCHAR(300))))
					      AS v (digest_sha, ordinal, mention_kind, mention)
					ON m.digest_sha = v.digest_sha AND m.ordinal = v.ordinal AND m.mention_kind = v.mention_kind
					   AND m.mention = v.mention
					WHEN NOT MATCHED THEN INSERT (digest_sha, ordinal, mention_kind, mention)
					    VALUES (v.digest_sha, v.ordinal, v.mention_kind, v.mention)
					""", entry.digest().sha256(), entry.ordinal(), mention.kind(), Jdbc.cut(mention.value(), 300));
		}
		touched.add(paperId);
		return new WriteCounts(isNew ? 1 : 0, isNew ? 0 : 1, 0, links, merges);
	}

	/** The entry as resolution will see it once it is an appearance. */
	private static ResolutionRecord recordOf(ExtractedEntry e, String recordId) {
		DigestEntry entry = e.entry();
		PaperRow r = PaperStore.rowOf(e);
		return CatalogResolution.record(recordId, Jdbc.cut(entry.title(), 2000), r.authors(), r.publishedOn(),
				entry.digest().date(), r.journalRef(), r.abstractText(), r.arxivId(), r.doi());
	}

	/**
	 * Whether the resolver keeps the record apart from a record of the paper (another
	 * entry of its listing, another arXiv id, another version or variant, another
	 * abstract).
	 */
	private static boolean keptApart(Connection c, ResolutionRecord record, String paperId) {
		for (ResolutionRecord other : CatalogResolution.recordsOfPaper(c, paperId)) {
			if (!RESOLVER.explain(record, other).match()) {
				return true;
			}
		}
		return false;
	}

	private static final EntityResolver RESOLVER = new EntityResolver();

	/** The sighting with the record its digest gave. */
	private static void insertAppearance(Connection c, ExtractedEntry e, String paperId, String matchedBy) {
		DigestEntry entry = e.entry();
		var details = entry.details();
		PaperRow r = PaperStore.rowOf(e);
		Jdbc.update(c,
				"""
						INSERT INTO appearance (digest_sha, ordinal, paper_id, line_no, title_as_seen, matched_by,
						                        listing_kind, upvotes, github_stars, size_text, authors, abstract_text, arxiv_id,
						                        arxiv_version, doi, published_on, categories, comments, journal_ref, keywords,
						                        record_id)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				entry.digest().sha256(), entry.ordinal(), paperId, entry.line(), Jdbc.cut(entry.title(), 2000),
				matchedBy, (details.listing() != null) ? details.listing().name() : null, details.upvotes(),
				details.githubStars(), Jdbc.cut(details.size(), 40), r.authors(), r.abstractText(), r.arxivId(),
				r.arxivVersion(), r.doi(), r.publishedOn(), r.categories(), r.comments(), r.journalRef(), r.keywords(),
				CatalogResolution.recordId(entry.digest().sha256(), entry.ordinal()));
	}

	private static void addRecordLink(Connection c, DigestEntry entry, Link link, String origin) {
		Jdbc.update(c,
				"""
						MERGE INTO appearance_link l
						USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(8))))
						      AS v (digest_sha, ordinal, url, origin)
						ON l.digest_sha = v.digest_sha AND l.ordinal = v.ordinal AND l.url = v.url
						WHEN NOT MATCHED THEN INSERT (digest_sha, ordinal, url, origin)
						    VALUES (v.digest_sha, v.ordinal, v.url, v.origin)
						""",
				entry.digest().sha256(), entry.ordinal(), Jdbc.cut(link.url(), 2000), origin);
	}

	private static String mergeReason(DigestEntry entry, DedupeKey survivorKey, DedupeKey mergedKey) {
		return "entry " + entry.ordinal() + " of " + entry.digest().location() + " (record "
				+ CatalogResolution.recordId(entry.digest().sha256(), entry.ordinal()) + ") matched one paper by "
				+ survivorKey + " and another by " + mergedKey;
	}

	/**
	 * Adds a link to a paper unless it has it; {@code origin} says where it was found.
	 */
	static int addLink(Connection c, String paperId, Link link, String origin) {
		return Jdbc.update(c, """
				MERGE INTO paper_link l
				USING (VALUES (CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(16)),
				               CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(300)), CAST(? AS VARCHAR(4000)),
				               CAST(? AS VARCHAR(8))))
				      AS v (paper_id, url, kind, host, repository, raw_url, origin)
				ON l.paper_id = v.paper_id AND l.url = v.url
				WHEN NOT MATCHED THEN INSERT (paper_id, url, kind, host, repository, raw_url, origin)
				    VALUES (v.paper_id, v.url, v.kind, v.host, v.repository, v.raw_url, v.origin)
				""", paperId, Jdbc.cut(link.url(), 2000), link.kind().name(), Jdbc.cut(link.host(), 255),
				Jdbc.cut(link.repository(), 300), Jdbc.cut(link.raw(), 4000), origin);
	}

	private static void addMention(Connection c, String paperId, Identifier mention) {
		Jdbc.update(c, """
				MERGE INTO paper_mention m
				USING (VALUES (CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(300))))
				      AS v (paper_id, mention_kind, mention)
				ON m.paper_id = v.paper_id AND m.mention_kind = v.mention_kind AND m.mention = v.mention
				WHEN NOT MATCHED THEN INSERT (paper_id, mention_kind, mention)
				    VALUES (v.paper_id, v.mention_kind, v.mention)
				""", paperId, mention.kind(), Jdbc.cut(mention.value(), 300));
	}

}
