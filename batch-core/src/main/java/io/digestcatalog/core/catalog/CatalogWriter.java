package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.dedupe.er.ResolverKernel;
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
		ChunkFacts facts = new ChunkFacts(c, entries, this.loadingInstance);
		Set<String> touched = new java.util.LinkedHashSet<>();
		WriteCounts counts = WriteCounts.NONE;
		for (ExtractedEntry e : entries) {
			counts = counts.plus(writeOne(c, e, touched, facts));
		}
		// each paper once per chunk, however many of its records the chunk brought
		for (String paperId : touched) {
			PaperProjection.refresh(c, paperId, this.ranking);
		}
		return counts;
	}

	/**
	 * What a chunk's writes look up once rather than once per entry: its digests (each
	 * registered, with its stored format and date and the ordinals of the chunk's range
	 * already loaded), and whether any operator correction or pinned paper id exists
	 * (most catalogs have none, and then no entry needs to look for one).
	 */
	private static final class ChunkFacts {

		private final Map<String, LoadedDigest> digests = new HashMap<>();

		private final boolean corrections;

		private final boolean pins;

		ChunkFacts(Connection c, List<ExtractedEntry> entries, long loadingInstance) {
			Map<String, long[]> ranges = new LinkedHashMap<>();
			Map<String, DigestEntry> firsts = new HashMap<>();
			for (ExtractedEntry e : entries) {
				DigestEntry entry = e.entry();
				String sha = entry.digest().sha256();
				firsts.putIfAbsent(sha, entry);
				long[] range = ranges.computeIfAbsent(sha, k -> new long[] { Long.MAX_VALUE, Long.MIN_VALUE });
				range[0] = Math.min(range[0], entry.ordinal());
				range[1] = Math.max(range[1], entry.ordinal());
			}
			for (Map.Entry<String, long[]> r : ranges.entrySet()) {
				DigestLedger.register(c, firsts.get(r.getKey()).digest(), loadingInstance);
				LoadedDigest digest = Jdbc
					.first(c, "SELECT format, digest_date FROM digest WHERE digest_sha = ?",
							rs -> new LoadedDigest(rs.getString(1), Jdbc.date(rs, "digest_date"), new HashSet<>()),
							r.getKey())
					.orElseThrow();
				Jdbc.query(c, "SELECT ordinal FROM appearance WHERE digest_sha = ? AND ordinal BETWEEN ? AND ?",
						rs -> digest.loaded().add(rs.getLong(1)), r.getKey(), r.getValue()[0], r.getValue()[1]);
				this.digests.put(r.getKey(), digest);
			}
			this.corrections = any(c, "resolve_override");
			this.pins = any(c, "record_paper");
		}

		private static boolean any(Connection c, String table) {
			return !Jdbc.query(c, "SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY", rs -> 1).isEmpty();
		}

		LoadedDigest digest(DigestEntry entry) {
			return this.digests.get(entry.digest().sha256());
		}

	}

	/** A digest as stored, and the ordinals of it loaded before or by this chunk. */
	private record LoadedDigest(String format, java.time.LocalDate date, Set<Long> loaded) {

	}

	private WriteCounts writeOne(Connection c, ExtractedEntry e, Set<String> touched, ChunkFacts facts) {
		DigestEntry entry = e.entry();
		LoadedDigest digest = facts.digest(entry);
		if (!digest.loaded().add(entry.ordinal())) {
			return new WriteCounts(0, 0, 1, 0, 0);
		}
		// papers matched, each under the best key that matched it; best match first;
		// never a paper an operator set this record apart from
		String recordId = CatalogResolution.recordId(entry.digest().sha256(), entry.ordinal());
		Map<String, DedupeKey> matches = new LinkedHashMap<>();
		// the identifier keys no paper holds: a new paper's own
		Set<String> free = new HashSet<>();
		ResolverKernel.Profile record = null;
		for (DedupeKey key : e.keys()) {
			String id = PaperStore.paperFor(c, key).orElse(null);
			if (id == null) {
				free.add(key.kind() + ":" + key.value());
				continue;
			}
			if (matches.containsKey(id) || (facts.corrections && PaperStore.setApart(c, recordId, id))) {
				continue;
			}
			if (DedupeKey.TITLE.equals(key.kind())) {
				// a shared title is a candidate, not a verdict: the key merge obeys the
				// resolver, so no path joins two records that resolution keeps apart
				record = (record != null) ? record : ResolverKernel.profile(recordOf(e, recordId));
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
			paperId = PaperStore.newPaperId(c, recordId, e.keys().get(0).paperId(), facts.pins);
			matchedBy = "new";
			// the paper's one record is this entry: its fields are the entry's, written
			// once, with nothing read back (a later entry of the chunk that joins it
			// refreshes it)
			PaperRow r = PaperStore.rowOf(e);
			PaperProjection.insert(c, paperId,
					PaperProjection.digestSighting(free, digest.format(), entry.digest().sha256(), entry.ordinal(),
							digest.date(), Jdbc.cut(entry.title(), 2000), r.authors(), r.abstractText(), r.arxivId(),
							r.arxivVersion(), r.doi(), r.publishedOn(), r.categories(), r.comments(), r.journalRef(),
							r.keywords()),
					this.ranking);
		}
		else {
			var best = matches.entrySet().iterator().next();
			paperId = best.getKey();
			matchedBy = best.getValue().kind();
			for (var other : matches.entrySet()) {
				// an operator's never-merge holds against keys too: the entry joins its
				// best match
				if (!other.getKey().equals(paperId)
						&& !(facts.corrections && PaperStore.neverMerge(c, paperId, other.getKey()))) {
					PaperStore.merge(c, paperId, other.getKey(), mergeReason(entry, best.getValue(), other.getValue()));
					merges++;
				}
			}
			touched.add(paperId);
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
	private static boolean keptApart(Connection c, ResolverKernel.Profile record, String paperId) {
		for (ResolutionRecord other : CatalogResolution.recordsOfPaper(c, paperId)) {
			if (!ResolverKernel.matches(record, ResolverKernel.profile(other))) {
				return true;
			}
		}
		return false;
	}

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
