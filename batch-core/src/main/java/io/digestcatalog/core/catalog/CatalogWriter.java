package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
	 * Profiles of stored records, by record id, as the key-merge check last built them: a
	 * trending paper's records are compared with every new sighting of it, and a stored
	 * record never changes, so each is profiled once while it stays in use.
	 */
	private final Map<String, ResolverKernel.Profile> profiles = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ResolverKernel.Profile> eldest) {
			return size() > PROFILES;
		}

	};

	/** Stored records' profiles kept for the key-merge check. */
	private static final int PROFILES = 4096;

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
		Set<String> touched = new LinkedHashSet<>();
		WriteCounts counts = WriteCounts.NONE;
		try (Jdbc.Batches later = new Jdbc.Batches(c)) {
			for (ExtractedEntry e : entries) {
				WriteCounts one = writeOne(c, e, touched, facts, later);
				if (one.unchanged() == 0) {
					facts.digest(e.entry()).written()[0]++;
				}
				counts = counts.plus(one);
			}
			facts.digests.forEach((sha, digest) -> {
				if (digest.written()[0] > 0) {
					DigestLedger.loaded(later, sha, digest.written()[0]);
				}
			});
			later.flush();
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

		/**
		 * Papers the chunk made: their links and mentions may still be pending, so an
		 * entry that joins one sends them before it adds its own.
		 */
		private final Set<String> created = new HashSet<>();

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
							rs -> new LoadedDigest(rs.getString(1), Jdbc.date(rs, "digest_date"), new HashSet<>(),
									new long[1]),
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

	/**
	 * A digest as stored, the ordinals of it loaded before or by this chunk, and how many
	 * entries the chunk wrote.
	 */
	private record LoadedDigest(String format, java.time.LocalDate date, Set<Long> loaded, long[] written) {

	}

	/**
	 * Writes one entry. Rows nothing reads back before the chunk ends (the record's links
	 * and mentions, a new paper's field sources, links and mentions) go to {@code later},
	 * sent before any merge reads them and at the chunk's end.
	 */
	private WriteCounts writeOne(Connection c, ExtractedEntry e, Set<String> touched, ChunkFacts facts,
			Jdbc.Batches later) {
		DigestEntry entry = e.entry();
		LoadedDigest digest = facts.digest(entry);
		if (!digest.loaded().add(entry.ordinal())) {
			return new WriteCounts(0, 0, 1, 0, 0);
		}
		// papers matched, each under the best key that matched it; best match first;
		// never a paper an operator set this record apart from
		String recordId = CatalogResolution.recordId(entry.digest().sha256(), entry.ordinal());
		Map<String, DedupeKey> matches = new LinkedHashMap<>();
		// the keys no paper holds: a new paper's own, or new ones of the paper matched
		Set<String> free = new HashSet<>();
		List<DedupeKey> freeKeys = new java.util.ArrayList<>();
		ResolverKernel.Profile record = null;
		for (DedupeKey key : e.keys()) {
			String id = PaperStore.paperFor(c, key).orElse(null);
			if (id == null) {
				if (free.add(key.kind() + ":" + key.value())) {
					freeKeys.add(key);
				}
				continue;
			}
			if (matches.containsKey(id) || (facts.corrections && PaperStore.setApart(c, recordId, id))) {
				continue;
			}
			if (DedupeKey.TITLE.equals(key.kind())) {
				// a shared title is a candidate, not a verdict: the key merge obeys the
				// resolver, so no path joins two records that resolution keeps apart
				record = (record != null) ? record : ResolverKernel.profile(recordOf(e, recordId));
				if (keptApart(c, record, id, this.profiles)) {
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
			facts.created.add(paperId);
			PaperRow r = PaperStore.rowOf(e);
			PaperProjection.insert(c, paperId,
					PaperProjection.digestSighting(free, digest.format(), entry.digest().sha256(), entry.ordinal(),
							digest.date(), Jdbc.cut(entry.title(), 2000), r.authors(), r.abstractText(), r.arxivId(),
							r.arxivVersion(), r.doi(), r.publishedOn(), r.categories(), r.comments(), r.journalRef(),
							r.keywords()),
					this.ranking, later);
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
					later.flush();
					PaperStore.merge(c, paperId, other.getKey(), mergeReason(entry, best.getValue(), other.getValue()));
					merges++;
				}
			}
			touched.add(paperId);
			if (facts.created.contains(paperId)) {
				later.flush();
			}
		}
		// a key another paper holds stays with it (the paper was merged into this one, or
		// resolution keeps the two apart): only the free keys are new rows
		for (DedupeKey key : freeKeys) {
			PaperStore.insertKey(c, paperId, key);
		}
		insertAppearance(c, e, paperId, matchedBy);
		// pending: in no epoch yet
		later.add("INSERT INTO record_resolution (record_id) VALUES (?)", recordId);
		// a link or mention twice in the entry counts once, as found first (its field
		// before its text)
		Map<String, String> origins = new LinkedHashMap<>();
		Map<String, Link> links = new LinkedHashMap<>();
		for (Link link : e.ownLinks()) {
			String url = Jdbc.cut(link.url(), 2000);
			links.putIfAbsent(url, link);
			origins.putIfAbsent(url, "field");
		}
		for (Link link : e.links()) {
			String url = Jdbc.cut(link.url(), 2000);
			links.putIfAbsent(url, link);
			origins.putIfAbsent(url, "text");
		}
		long added = 0;
		for (Map.Entry<String, Link> link : links.entrySet()) {
			String origin = origins.get(link.getKey());
			if (isNew) {
				later.add(INSERT_LINK, linkRow(paperId, link.getValue(), origin));
				added++;
			}
			else {
				added += addLink(c, paperId, link.getValue(), origin);
			}
			later.add(INSERT_RECORD_LINK, entry.digest().sha256(), entry.ordinal(), link.getKey(), origin);
		}
		Set<List<String>> mentions = new LinkedHashSet<>();
		for (Identifier mention : e.mentions()) {
			mentions.add(List.of(mention.kind(), Jdbc.cut(mention.value(), 300)));
		}
		for (List<String> mention : mentions) {
			if (isNew) {
				later.add("INSERT INTO paper_mention (paper_id, mention_kind, mention) VALUES (?, ?, ?)", paperId,
						mention.get(0), mention.get(1));
			}
			else {
				addMention(c, paperId, mention.get(0), mention.get(1));
			}
			later.add("""
					INSERT INTO appearance_mention (digest_sha, ordinal, mention_kind, mention) VALUES (?, ?, ?, ?)""",
					entry.digest().sha256(), entry.ordinal(), mention.get(0), mention.get(1));
		}
		return new WriteCounts(isNew ? 1 : 0, isNew ? 0 : 1, 0, added, merges);
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
	private static boolean keptApart(Connection c, ResolverKernel.Profile record, String paperId,
			Map<String, ResolverKernel.Profile> profiles) {
		for (ResolutionRecord other : CatalogResolution.recordsOfPaper(c, paperId)) {
			if (!ResolverKernel.matches(record,
					profiles.computeIfAbsent(other.id(), id -> ResolverKernel.profile(other)))) {
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

	private static String mergeReason(DigestEntry entry, DedupeKey survivorKey, DedupeKey mergedKey) {
		return "entry " + entry.ordinal() + " of " + entry.digest().location() + " (record "
				+ CatalogResolution.recordId(entry.digest().sha256(), entry.ordinal()) + ") matched one paper by "
				+ survivorKey + " and another by " + mergedKey;
	}

	private static final String INSERT_LINK = """
			INSERT INTO paper_link (paper_id, url, kind, host, repository, raw_url, origin)
			VALUES (?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_RECORD_LINK = """
			INSERT INTO appearance_link (digest_sha, ordinal, url, origin) VALUES (?, ?, ?, ?)""";

	/** A paper_link row's values, in the order of {@link #INSERT_LINK}. */
	private static Object[] linkRow(String paperId, Link link, String origin) {
		return new Object[] { paperId, Jdbc.cut(link.url(), 2000), link.kind().name(), Jdbc.cut(link.host(), 255),
				Jdbc.cut(link.repository(), 300), Jdbc.cut(link.raw(), 4000), origin };
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
				""", linkRow(paperId, link, origin));
	}

	private static void addMention(Connection c, String paperId, String kind, String mention) {
		Jdbc.update(c, """
				MERGE INTO paper_mention m
				USING (VALUES (CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(300))))
				      AS v (paper_id, mention_kind, mention)
				ON m.paper_id = v.paper_id AND m.mention_kind = v.mention_kind AND m.mention = v.mention
				WHEN NOT MATCHED THEN INSERT (paper_id, mention_kind, mention)
				    VALUES (v.paper_id, v.mention_kind, v.mention)
				""", paperId, kind, mention);
	}

}
