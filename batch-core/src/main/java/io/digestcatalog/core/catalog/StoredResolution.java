package io.digestcatalog.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.digestcatalog.core.dedupe.er.MatchRule;
import io.digestcatalog.core.dedupe.er.MergeDecision;
import io.digestcatalog.core.dedupe.er.Overrides;
import io.digestcatalog.core.dedupe.er.RecordPair;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.dedupe.er.ResolverKernel;

/**
 * Entity resolution over the catalog with its index out of the heap: the records not yet
 * resolved are taken a batch at a time, their blocking keys looked up in the key files
 * ({@link KeyRuns}) of the records resolved before, the candidates loaded from the
 * database and scored, the links stored, and the connected components the batch reaches
 * clustered again from their stored links. Memory holds one batch and its candidates,
 * however many records the catalog has; a night reads only its own records and the blocks
 * their keys fall in.
 * <p>
 * Since candidate pairs, pair decisions and a component's clusters depend on their
 * records and links alone, resolving in batches, across runs and restarts, ends in the
 * clusters and links {@link io.digestcatalog.core.dedupe.er.EntityResolver#resolve} finds
 * with every record at once. Each batch is the caller's transaction; a failed one leaves
 * nothing behind (a key file it wrote is beyond what the database calls resolved, and is
 * deleted on the next opening). Papers of the clusters a run changed are merged at its
 * end ({@link #mergePapers}), once every record is resolved.
 */
public final class StoredResolution implements AutoCloseable {

	/** Ids per query for the ids in an array ({@link Dialect#inArray}). */
	private static final int IN_LIST = 2000;

	private Connection c;

	private String token;

	private boolean restartedFull;

	private final Path schemaDir;

	private final Overrides overrides;

	private final Map<String, List<RecordPair>> cannotById = new HashMap<>();

	private final int batchSize;

	private int epoch;

	private long resolved;

	private KeyRuns keys;

	/**
	 * What one batch did.
	 *
	 * @param records records resolved
	 * @param candidatePairs pairs compared
	 * @param links links written or changed
	 * @param reclustered records whose cluster changed
	 */
	public record Batch(int records, long candidatePairs, int links, int reclustered) {

	}

	private StoredResolution(Connection c, Path schemaDir, Overrides overrides, int batchSize) {
		this.c = c;
		this.schemaDir = schemaDir;
		this.overrides = overrides;
		this.batchSize = batchSize;
		for (RecordPair pair : overrides.cannotLink()) {
			this.cannotById.computeIfAbsent(pair.first(), k -> new ArrayList<>()).add(pair);
			this.cannotById.computeIfAbsent(pair.second(), k -> new ArrayList<>()).add(pair);
		}
	}

	/**
	 * Goes on on another connection to the same catalog (a job step's next transaction
	 * may get another one from the pool); what is held in memory stays true as long as
	 * every batch before was committed.
	 */
	public StoredResolution on(Connection connection) {
		this.c = connection;
		return this;
	}

	/**
	 * Opens the resolution of the catalog on {@code c} (its current schema), with its key
	 * files under {@code indexRoot}: key files of other epochs and of generations that
	 * are gone are deleted, and records no intact key file covers are indexed again from
	 * the database.
	 */
	public static StoredResolution open(Connection c, Path indexRoot, Overrides overrides, int batchSize) {
		try {
			String schema = c.getSchema();
			Path schemaDir = indexRoot.resolve(schema);
			StoredResolution r = new StoredResolution(c, schemaDir, overrides, batchSize);
			r.readState();
			removeStale(c, indexRoot, schemaDir, r.epochDir());
			r.keys = KeyRuns.open(r.epochDir(), r.resolved);
			// the last records resolved are still there (a count of all would read the
			// whole catalog every night; a record missing further back is found when a
			// batch names it)
			long last = Math.min(r.resolved, 100);
			long held = Jdbc.count(c,
					"SELECT COUNT(*) FROM record_resolution WHERE resolve_no BETWEEN ? AND ? AND resolve_epoch + 0 = ?",
					r.resolved - last + 1, r.resolved, r.epoch);
			if (held != last) {
				// records resolved in this epoch were deleted, or the state restored from
				// elsewhere: what was found of them may no longer hold, resolve anew
				r.startFull();
				r.restartedFull = true;
				return r;
			}
			for (long[] gap : r.keys.missing(r.resolved)) {
				r.reindex(gap[0], gap[1]);
			}
			return r;
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot open entity resolution: " + ex.getMessage(), ex);
		}
	}

	private void readState() {
		Jdbc.query(this.c, "SELECT epoch, resolved, index_token FROM resolve_state WHERE state_id = 1", rs -> {
			this.epoch = rs.getInt(1);
			this.resolved = rs.getLong(2);
			this.token = rs.getString(3);
			return null;
		});
		if (this.token == null) {
			this.token = UUID.randomUUID().toString();
			Jdbc.update(this.c, "UPDATE resolve_state SET index_token = ? WHERE state_id = 1", this.token);
		}
	}

	/**
	 * The key files of this catalog's current epoch: named by the catalog's token too, so
	 * that files another catalog left under the same folder are never taken for its own.
	 */
	private Path epochDir() {
		return this.schemaDir.resolve(this.token + "-epoch-" + this.epoch);
	}

	/**
	 * Whether opening found the catalog changed under its index (records resolved in this
	 * epoch deleted) and started a full resolution instead.
	 */
	public boolean restartedFull() {
		return this.restartedFull;
	}

	/** Key files of other epochs of this generation and of generations dropped. */
	private static void removeStale(Connection c, Path indexRoot, Path schemaDir, Path epochDir) throws SQLException {
		if (!Files.isDirectory(indexRoot)) {
			return;
		}
		Set<String> schemas = new HashSet<>(
				Jdbc.query(c, "SELECT schema_name FROM information_schema.schemata", rs -> rs.getString(1)));
		try (Stream<Path> generations = Files.list(indexRoot)) {
			for (Path dir : generations.toList()) {
				if (!schemas.contains(dir.getFileName().toString())) {
					deleteTree(dir);
				}
			}
			if (Files.isDirectory(schemaDir)) {
				try (Stream<Path> epochs = Files.list(schemaDir)) {
					for (Path dir : epochs.toList()) {
						if (!dir.equals(epochDir)) {
							deleteTree(dir);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot tidy the resolution index in " + indexRoot, ex);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	/** Writes the key file of resolved records {@code first} to {@code last} again. */
	private void reindex(long first, long last) {
		for (long from = first; from <= last; from += this.batchSize) {
			long to = Math.min(last, from + this.batchSize - 1);
			List<Member> members = profiled(Jdbc.query(this.c,
					"SELECT " + MEMBER_COLUMNS + MEMBER_FROM
							+ " WHERE r.resolve_no BETWEEN ? AND ? AND r.resolve_epoch + 0 = ?",
					StoredResolution::member, from, to, this.epoch));
			if (members.size() != to - from + 1) {
				throw new CatalogException("the resolution state names records " + from + " to " + to + " of epoch "
						+ this.epoch + ", the catalog holds " + members.size() + " of them: resolve --full");
			}
			long[][] keysOf = members.parallelStream().map(m -> m.profile.keys()).toArray(long[][]::new);
			writeKeys(from, to, keysOf, members.stream().mapToInt(m -> m.number).toArray());
		}
	}

	/**
	 * Starts a full resolution: every record is pending again, every link is found again.
	 */
	public void startFull() {
		this.keys.close();
		Jdbc.update(this.c, "UPDATE resolve_state SET epoch = epoch + 1, resolved = 0 WHERE state_id = 1");
		Jdbc.update(this.c, "DELETE FROM resolve_link");
		readState();
		// files an earlier attempt at this epoch left (it never committed) are beyond 0
		this.keys = KeyRuns.open(epochDir(), 0);
	}

	/**
	 * Records resolved in this epoch: once no batch is left, every record in the catalog.
	 */
	public long records() {
		return this.resolved;
	}

	/** A record with what clustering and merging need of it. */
	private record Member(ResolverKernel.Profile profile, String cluster, String paper, int number) {

	}

	private static final String MEMBER_COLUMNS = CatalogResolution.RECORD_COLUMNS
			+ ", r.cluster_id, a.paper_id, r.resolve_no";

	// from the resolution row, which every condition on a member names
	private static final String MEMBER_FROM = " FROM record_resolution r JOIN appearance a ON a.record_id = r.record_id"
			+ " JOIN digest d ON d.digest_sha = a.digest_sha";

	// Conditions on resolve_epoch beside one on resolve_no are written "resolve_epoch +
	// 0":
	// HSQLDB's planner otherwise takes the pending index (resolve_epoch, record_id) and
	// scans the whole epoch for the few numbers wanted (1-2 s a batch at 24k records,
	// 6 ms by the number's index).

	/** A member as read, not yet profiled. */
	private record Row(ResolutionRecord record, String cluster, String paper, int number) {

	}

	private static Row member(ResultSet rs) throws SQLException {
		ResolutionRecord record = CatalogResolution.record(rs);
		int number = rs.getInt("resolve_no");
		return new Row(record, rs.getString("cluster_id"), rs.getString("paper_id"), rs.wasNull() ? 0 : number);
	}

	/**
	 * The rows profiled, in their order: profiling is pure and most of a load's time, so
	 * it runs on every core while the rows were read on one.
	 */
	private static List<Member> profiled(List<Row> rows) {
		return rows.parallelStream()
			.map(r -> new Member(ResolverKernel.profile(r.record()), r.cluster(), r.paper(), r.number()))
			.toList();
	}

	/**
	 * Resolves the next batch of pending records; {@code null} when none is left.
	 */
	public Batch resolveBatch() {
		List<String> ids = Jdbc.query(this.c, """
				SELECT record_id FROM record_resolution WHERE resolve_epoch < ?
				ORDER BY resolve_epoch, record_id FETCH FIRST ? ROWS ONLY""", rs -> rs.getString(1), this.epoch,
				this.batchSize);
		if (ids.isEmpty()) {
			return null;
		}
		Map<String, Member> byId = load(ids);
		List<Member> batch = ids.stream().map(byId::get).toList();
		int n = batch.size();
		long[][] keysOf = batch.parallelStream().map(m -> m.profile.keys()).toArray(long[][]::new);

		// the batch's keys: each with the batch records holding it, in batch order
		Map<Long, List<Integer>> holders = new HashMap<>();
		for (int i = 0; i < n; i++) {
			for (long key : keysOf[i]) {
				List<Integer> list = holders.computeIfAbsent(key, k -> new ArrayList<>(1));
				if (list.isEmpty() || list.get(list.size() - 1) != i) {
					list.add(i);
				}
			}
		}
		long[] sorted = holders.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
		List<Set<Integer>> stored = new ArrayList<>(n);
		List<Set<Integer>> earlier = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			stored.add(new HashSet<>());
			earlier.add(new LinkedHashSet<>());
		}
		this.keys.lookup(sorted, (k, number) -> {
			for (int i : holders.get(sorted[k])) {
				stored.get(i).add(number);
			}
		});
		for (List<Integer> list : holders.values()) {
			for (int x = 1; x < list.size(); x++) {
				for (int y = 0; y < x; y++) {
					earlier.get(list.get(x)).add(list.get(y));
				}
			}
		}
		Set<Integer> numbers = new HashSet<>();
		stored.forEach(numbers::addAll);
		Map<Integer, Member> candidates = loadNumbers(numbers);
		long pairs = 0;
		for (int i = 0; i < n; i++) {
			pairs += stored.get(i).size() + earlier.get(i).size();
		}
		List<List<MergeDecision>> found = IntStream.range(0, n).parallel().mapToObj(i -> {
			List<MergeDecision> links = new ArrayList<>();
			ResolverKernel.Profile profile = batch.get(i).profile;
			for (int number : stored.get(i)) {
				add(links, ResolverKernel.link(profile, candidates.get(number).profile, this.overrides));
			}
			for (int j : earlier.get(i)) {
				add(links, ResolverKernel.link(profile, batch.get(j).profile, this.overrides));
			}
			return links;
		}).toList();

		// store: the records' numbers, their links, their keys
		long first = this.resolved + 1;
		int[] assigned = new int[n];
		int links = 0;
		Map<String, Integer> numbered = new HashMap<>();
		try (Jdbc.Batch insert = new Jdbc.Batch(this.c, """
				INSERT INTO resolve_link (rule, score, reason, refusal, record_a, record_b)
				VALUES (?, ?, ?, NULL, ?, ?)""")) {
			for (int i = 0; i < n; i++) {
				assigned[i] = Math.toIntExact(first + i);
				numbered.put(batch.get(i).profile.id(), assigned[i]);
				for (MergeDecision d : found.get(i)) {
					insert.add(d.rule().name(), d.score(), Jdbc.cut(d.reason(), 1000), d.recordA(), d.recordB());
				}
			}
			links = insert.rows();
		}
		writeKeys(first, first + n - 1, keysOf, assigned);
		this.resolved = first + n - 1;
		Jdbc.update(this.c, "UPDATE resolve_state SET resolved = ? WHERE state_id = 1", this.resolved);

		Map<String, Member> known = new HashMap<>(byId);
		candidates.values().forEach(m -> known.put(m.profile.id(), m));
		int[] changed = recluster(ids, known, numbered);
		return new Batch(n, pairs, links + changed[1], changed[0]);
	}

	private static void add(List<MergeDecision> links, MergeDecision link) {
		if (link != null) {
			links.add(link);
		}
	}

	private void writeKeys(long first, long last, long[][] keysOf, int[] numbers) {
		int total = Arrays.stream(keysOf).mapToInt(k -> k.length).sum();
		long[] keys = new long[total];
		int[] owners = new int[total];
		int at = 0;
		for (int i = 0; i < keysOf.length; i++) {
			for (long key : keysOf[i]) {
				keys[at] = key;
				owners[at++] = numbers[i];
			}
		}
		this.keys.add(first, last, keys, owners, total);
	}

	/**
	 * An operator's corrections: must-links between resolved records are stored, and the
	 * components of every record a correction names are clustered again (corrections
	 * added since those records were resolved take effect).
	 * @return links written or changed and records re-clustered
	 */
	public Batch applyOverrides() {
		Set<String> named = new LinkedHashSet<>();
		this.overrides.mustLink().forEach(p -> named.addAll(List.of(p.first(), p.second())));
		this.overrides.cannotLink().forEach(p -> named.addAll(List.of(p.first(), p.second())));
		Set<String> resolvedIds = new HashSet<>();
		for (List<String> chunk : chunks(List.copyOf(named))) {
			resolvedIds.addAll(queryIn("SELECT record_id FROM record_resolution WHERE resolve_epoch = " + this.epoch
					+ " AND " + dialect().inArray("record_id"), chunk, rs -> rs.getString(1)));
		}
		int links = 0;
		for (RecordPair pair : this.overrides.mustLink()) {
			if (!resolvedIds.contains(pair.first()) || !resolvedIds.contains(pair.second())) {
				continue;
			}
			String rule = Jdbc
				.first(this.c, "SELECT rule FROM resolve_link WHERE record_a = ? AND record_b = ?",
						rs -> rs.getString(1), pair.first(), pair.second())
				.orElse(null);
			MergeDecision must = ResolverKernel.mustLink(pair);
			if (rule == null) {
				links += Jdbc.update(this.c, """
						INSERT INTO resolve_link (rule, score, reason, refusal, record_a, record_b)
						VALUES (?, ?, ?, NULL, ?, ?)""", must.rule().name(), must.score(), must.reason(), pair.first(),
						pair.second());
			}
			else if (!MatchRule.MUST_LINK.name().equals(rule)) {
				links += Jdbc.update(this.c, """
						UPDATE resolve_link SET rule = ?, score = ?, reason = ?, refusal = NULL
						WHERE record_a = ? AND record_b = ?""", must.rule().name(), must.score(), must.reason(),
						pair.first(), pair.second());
			}
		}
		List<String> seeds = resolvedIds.stream().sorted().toList();
		int[] changed = seeds.isEmpty() ? new int[2] : recluster(seeds, new HashMap<>(), Map.of());
		return new Batch(0, 0, links + changed[1], changed[0]);
	}

	/** A link as stored. */
	private record StoredLink(MergeDecision link, String refusal) {

	}

	/**
	 * Clusters again every connected component that reaches {@code seeds}, from its
	 * stored links; writes the clusters and refusals that changed, and notes clusters
	 * whose records sit in more than one paper for {@link #mergePapers}.
	 * @return records re-clustered, links whose refusal changed
	 */
	private int[] recluster(Collection<String> seeds, Map<String, Member> known, Map<String, Integer> numbered) {
		Set<String> component = new HashSet<>(seeds);
		Map<RecordPair, StoredLink> links = new HashMap<>();
		List<String> frontier = new ArrayList<>(seeds);
		while (!frontier.isEmpty()) {
			List<String> next = new ArrayList<>();
			for (List<String> chunk : chunks(frontier)) {
				for (String column : List.of("record_a", "record_b")) {
					for (StoredLink link : queryIn("SELECT record_a, record_b, rule, score, reason, refusal "
							+ "FROM resolve_link WHERE " + dialect().inArray(column), chunk, StoredResolution::link)) {
						links.putIfAbsent(new RecordPair(link.link.recordA(), link.link.recordB()), link);
						for (String end : List.of(link.link.recordA(), link.link.recordB())) {
							if (component.add(end)) {
								next.add(end);
							}
						}
					}
				}
			}
			frontier = next;
		}
		List<String> missing = component.stream().filter(id -> !known.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			known.putAll(load(missing));
		}
		List<ResolverKernel.Profile> profiles = new ArrayList<>(component.size());
		Set<RecordPair> cannot = new HashSet<>();
		for (String id : component) {
			profiles.add(known.get(id).profile);
			for (RecordPair pair : this.cannotById.getOrDefault(id, List.of())) {
				cannot.add(pair);
			}
		}
		ResolverKernel.Clusters clusters = ResolverKernel.cluster(profiles,
				links.values().stream().map(StoredLink::link).toList(), new Overrides(Set.of(), cannot));
		int reclustered = 0;
		int refusals = 0;
		Map<String, Set<String>> papersOf = new LinkedHashMap<>();
		try (Jdbc.Batch cluster = new Jdbc.Batch(this.c,
				"UPDATE record_resolution SET cluster_id = ? WHERE record_id = ?");
				Jdbc.Batch mark = new Jdbc.Batch(this.c,
						"UPDATE record_resolution SET resolve_epoch = ?, resolve_no = ?, cluster_id = ? WHERE record_id = ?");
				Jdbc.Batch refusal = new Jdbc.Batch(this.c,
						"UPDATE resolve_link SET refusal = ? WHERE record_a = ? AND record_b = ?")) {
			for (String id : component.stream().sorted().toList()) {
				String clusterId = clusters.clusterOf().get(id);
				Member m = known.get(id);
				Integer number = numbered.get(id);
				if (number != null) {
					// the batch's own records: resolved in this epoch, one row write with
					// their cluster
					mark.add(this.epoch, number, clusterId, id);
					if (!clusterId.equals(m.cluster)) {
						reclustered++;
					}
				}
				else if (!clusterId.equals(m.cluster)) {
					cluster.add(clusterId, id);
				}
				papersOf.computeIfAbsent(clusterId, k -> new HashSet<>()).add(m.paper);
			}
			for (Map.Entry<RecordPair, StoredLink> e : links.entrySet()) {
				String now = clusters.refusals().get(e.getKey());
				String cut = Jdbc.cut(now, 1000);
				if (!java.util.Objects.equals(cut, e.getValue().refusal)) {
					refusal.add(cut, e.getKey().first(), e.getKey().second());
				}
			}
			reclustered += cluster.rows();
			refusals = refusal.rows();
		}
		for (Map.Entry<String, Set<String>> e : papersOf.entrySet()) {
			if (e.getValue().size() > 1) {
				Jdbc.update(this.c, """
						MERGE INTO resolve_merge_todo t USING (VALUES (CAST(? AS VARCHAR(40)))) AS v (record_id)
						ON t.record_id = v.record_id
						WHEN NOT MATCHED THEN INSERT (record_id) VALUES (v.record_id)""", e.getKey());
			}
		}
		return new int[] { reclustered, refusals };
	}

	private static StoredLink link(ResultSet rs) throws SQLException {
		return new StoredLink(new MergeDecision(rs.getString(1), rs.getString(2), MatchRule.valueOf(rs.getString(3)),
				rs.getDouble(4), rs.getString(5)), rs.getString(6));
	}

	/** Whether clusters wait for their papers to be merged. */
	public boolean mergesPending() {
		return Jdbc.count(this.c, "SELECT COUNT(*) FROM resolve_merge_todo") > 0;
	}

	/**
	 * Merges the papers of up to {@code limit} of the clusters noted, in order of cluster
	 * id, each into the paper seen first.
	 * @return papers merged into others
	 */
	public int mergePapers(int limit, SourceRanking ranking) {
		List<String[]> todo = Jdbc.query(this.c, """
				SELECT t.record_id, r.cluster_id FROM resolve_merge_todo t
				LEFT JOIN record_resolution r ON r.record_id = t.record_id
				ORDER BY r.cluster_id, t.record_id FETCH FIRST ? ROWS ONLY""",
				rs -> new String[] { rs.getString(1), rs.getString(2) }, limit);
		PaperMerges merges = new PaperMerges(this.c, this.cannotById);
		Set<String> done = new HashSet<>();
		int merged = 0;
		for (String[] row : todo) {
			if (row[1] != null && done.add(row[1])) {
				merged += merges.mergeCluster(row[1], ranking);
			}
			Jdbc.update(this.c, "DELETE FROM resolve_merge_todo WHERE record_id = ?", row[0]);
		}
		return merged;
	}

	private Map<String, Member> load(Collection<String> ids) {
		Map<String, Member> byId = new HashMap<>();
		for (List<String> chunk : chunks(List.copyOf(ids))) {
			for (Member m : profiled(
					queryIn("SELECT " + MEMBER_COLUMNS + MEMBER_FROM + " WHERE " + dialect().inArray("r.record_id"),
							chunk, StoredResolution::member))) {
				byId.put(m.profile.id(), m);
			}
		}
		return byId;
	}

	private Map<Integer, Member> loadNumbers(Set<Integer> numbers) {
		List<Row> rows = new ArrayList<>();
		List<Integer> sorted = numbers.stream().sorted().toList();
		for (int from = 0; from < sorted.size(); from += IN_LIST) {
			List<Integer> chunk = sorted.subList(from, Math.min(sorted.size(), from + IN_LIST));
			// by number alone, so that the number's index is the one used (with the epoch
			// in the condition the planner scanned the epoch); a record of an earlier
			// epoch holding the same number is left out here
			try (PreparedStatement ps = this.c.prepareStatement("SELECT " + MEMBER_COLUMNS + ", r.resolve_epoch"
					+ MEMBER_FROM + " WHERE " + dialect().inArray("r.resolve_no"))) {
				ps.setArray(1, this.c.createArrayOf("INTEGER", chunk.toArray()));
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						if (rs.getInt("resolve_epoch") == this.epoch) {
							rows.add(member(rs));
						}
					}
				}
			}
			catch (SQLException ex) {
				throw new CatalogException("catalog query failed: " + ex.getMessage(), ex);
			}
		}
		Map<Integer, Member> byNumber = new HashMap<>();
		for (Member m : profiled(rows)) {
			byNumber.put(m.number, m);
		}
		if (byNumber.size() != numbers.size()) {
			throw new CatalogException("the resolution index names records the catalog does not hold (epoch "
					+ this.epoch + "): resolve --full");
		}
		return byNumber;
	}

	private Dialect dialect() {
		return Dialect.of(this.c);
	}

	private <T> List<T> queryIn(String sql, List<String> ids, Jdbc.RowMapper<T> mapper) {
		try (PreparedStatement ps = this.c.prepareStatement(sql)) {
			Array array = this.c.createArrayOf("VARCHAR", ids.toArray());
			ps.setArray(1, array);
			List<T> rows = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					rows.add(mapper.map(rs));
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new CatalogException("catalog query failed: " + ex.getMessage(), ex);
		}
	}

	private static List<List<String>> chunks(List<String> ids) {
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += IN_LIST) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + IN_LIST)));
		}
		return chunks;
	}

	/** Entries in the key files (for figures and tests). */
	long indexEntries() {
		return this.keys.entries();
	}

	@Override
	public void close() {
		if (this.keys != null) {
			this.keys.close();
		}
	}

}
