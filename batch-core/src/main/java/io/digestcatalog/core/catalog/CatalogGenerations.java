package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The catalog's generations. Each is a schema of its own ({@code GEN_<id>}) holding every
 * catalog table; one is current, and readers see that one. A rebuild fills a new
 * generation and makes it current with one update, so nobody sees a half-built catalog;
 * the last few stay for a rollback.
 */
public final class CatalogGenerations {

	/** The schema of the job repository and of what every generation shares. */
	public static final String SHARED_SCHEMA = "PUBLIC";

	/** The number of catalog migrations (db/migration/catalog) a schema is brought to. */
	public static final int CATALOG_VERSION = 8;

	private static final String TABLE = SHARED_SCHEMA + ".catalog_generation";

	private static final String COLUMNS = "generation_id, schema_name, state, is_current, based_on, job_execution_id, "
			+ "created_at, completed_at, current_since, papers, records, digests, links";

	private final DataSource dataSource;

	public CatalogGenerations(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The schema of generation {@code id}. */
	public static String schemaOf(int id) {
		return "GEN_" + id;
	}

	/** A schema name quoted for SQL, as Flyway created it. */
	public static String quoted(String schema) {
		return '"' + schema + '"';
	}

	/**
	 * The current generation's schema, asked on the caller's connection; empty before the
	 * first generation exists.
	 */
	public static Optional<String> currentSchema(Connection c) throws SQLException {
		try (var ps = c.prepareStatement("SELECT schema_name FROM " + TABLE + " WHERE is_current = TRUE");
				var rs = ps.executeQuery()) {
			return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
		}
	}

	/** Every generation, newest first. */
	public List<Generation> list() {
		try (Connection c = this.dataSource.getConnection()) {
			return Jdbc.query(c, "SELECT " + COLUMNS + " FROM " + TABLE + " ORDER BY generation_id DESC",
					Generation::of);
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read the catalog generations: " + ex.getMessage(), ex);
		}
	}

	public Optional<Generation> find(int id) {
		return list().stream().filter(g -> g.id() == id).findFirst();
	}

	public Generation current() {
		return list().stream()
			.filter(Generation::current)
			.findFirst()
			.orElseThrow(() -> new CatalogException("the catalog has no current generation", null));
	}

	/**
	 * Makes sure there is a current generation whose schema is at the latest catalog
	 * migration: a new catalog gets an empty first generation, a catalog made before
	 * generations has its tables moved into one, and generations made by an older build
	 * are migrated.
	 */
	public void ensureCurrent() {
		List<Generation> all = list();
		if (all.isEmpty()) {
			new LegacyCatalog(this.dataSource).adoptInto(this);
			return;
		}
		try (Connection c = this.dataSource.getConnection()) {
			for (Integer id : Jdbc.query(c, "SELECT generation_id FROM " + TABLE + " WHERE catalog_version < ?",
					rs -> rs.getInt(1), CATALOG_VERSION)) {
				migrate(schemaOf(id));
				Jdbc.update(c, "UPDATE " + TABLE + " SET catalog_version = ? WHERE generation_id = ?", CATALOG_VERSION,
						id);
			}
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot migrate the catalog generations: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A new, empty generation being built by a rebuild, based on the current one.
	 * @param jobExecutionId the rebuild's job execution
	 */
	public Generation create(long jobExecutionId) {
		try (Connection c = this.dataSource.getConnection()) {
			int id = (int) Jdbc.count(c, "SELECT COALESCE(MAX(generation_id), 0) + 1 FROM " + TABLE);
			Integer base = Jdbc
				.first(c, "SELECT generation_id FROM " + TABLE + " WHERE is_current = TRUE", rs -> rs.getInt(1))
				.orElse(null);
			Jdbc.update(c,
					"INSERT INTO " + TABLE + " (generation_id, schema_name, state, based_on, job_execution_id, "
							+ "catalog_version, created_at) VALUES (?, ?, 'BUILDING', ?, ?, ?, ?)",
					id, schemaOf(id), base, jobExecutionId, CATALOG_VERSION, Timestamp.from(Instant.now()));
			migrate(schemaOf(id));
			return find(id).orElseThrow();
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot create a catalog generation: " + ex.getMessage(), ex);
		}
	}

	/** Creates (if need be) and migrates a generation's schema. */
	void migrate(String schema) {
		Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(schema)
			.defaultSchema(schema)
			.createSchemas(true)
			.locations(CatalogSchema.LOCATION)
			.load()
			.migrate();
	}

	/**
	 * Makes a complete generation current, in one statement: readers see either the old
	 * generation or the new one.
	 * @return how long that statement took, in microseconds
	 */
	public long makeCurrent(int id) {
		try (Connection c = this.dataSource.getConnection()) {
			Generation g = find(id).orElseThrow(() -> new CatalogException("no catalog generation " + id, null));
			if (!"COMPLETE".equals(g.state())) {
				throw new CatalogException("generation " + id + " is " + g.state() + ", not complete", null);
			}
			// the generation leaving keeps its counts as they were when it was current
			for (Integer was : Jdbc.query(c, "SELECT generation_id FROM " + TABLE + " WHERE is_current = TRUE",
					rs -> rs.getInt(1))) {
				recount(c, was);
			}
			long started = System.nanoTime();
			Jdbc.update(c, "UPDATE " + TABLE + " SET is_current = (generation_id = ?), "
					+ "current_since = CASE WHEN generation_id = ? THEN CURRENT_TIMESTAMP ELSE current_since END "
					+ "WHERE is_current = TRUE OR generation_id = ?", id, id, id);
			return (System.nanoTime() - started) / 1000;
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot change the current generation: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Makes an earlier complete generation current again: {@code id}, or when
	 * {@code null} the newest complete one older than the current.
	 * @return the generation now current
	 */
	public Generation rollback(Integer id) {
		Generation current = current();
		List<Generation> all = list();
		Generation target = (id != null)
				? all.stream()
					.filter(g -> g.id() == id)
					.findFirst()
					.orElseThrow(() -> new GenerationRefused(
							"no catalog generation " + id + " (see: digestcat catalog " + "generations)"))
				: all.stream()
					.filter(g -> g.id() < current.id() && "COMPLETE".equals(g.state()))
					.findFirst()
					.orElseThrow(() -> new GenerationRefused(
							"no complete generation older than the current one (" + current.id() + ") is kept"));
		if (target.current()) {
			throw new GenerationRefused("generation " + target.id() + " is already current");
		}
		if (!"COMPLETE".equals(target.state())) {
			throw new GenerationRefused("generation " + target.id() + " is still being built (" + target.state()
					+ ") and cannot be made current");
		}
		makeCurrent(target.id());
		return find(target.id()).orElseThrow();
	}

	/** A generation an operator named cannot be made current. */
	public static final class GenerationRefused extends RuntimeException {

		GenerationRefused(String message) {
			super(message, null, false, false);
		}

	}

	/** Marks a generation complete with its counts (it is not current yet). */
	public void complete(int id) {
		try (Connection c = this.dataSource.getConnection()) {
			Jdbc.update(c, "UPDATE " + TABLE + " SET state = 'COMPLETE', completed_at = ? WHERE generation_id = ?",
					Timestamp.from(Instant.now()), id);
			recount(c, id);
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot complete generation " + id + ": " + ex.getMessage(), ex);
		}
	}

	private static long[] counts(Connection c, String schema) {
		String s = quoted(schema) + ".";
		return new long[] { Jdbc.count(c, "SELECT COUNT(*) FROM " + s + "paper"),
				Jdbc.count(c, "SELECT COUNT(*) FROM " + s + "appearance"),
				Jdbc.count(c, "SELECT COUNT(*) FROM " + s + "digest"),
				Jdbc.count(c, "SELECT COUNT(*) FROM " + s + "paper_link") };
	}

	private static void recount(Connection c, int id) {
		long[] n = counts(c, schemaOf(id));
		Jdbc.update(c,
				"UPDATE " + TABLE + " SET papers = ?, records = ?, digests = ?, links = ? WHERE generation_id = ?",
				n[0], n[1], n[2], n[3], id);
	}

	/**
	 * Drops generations beyond the newest {@code keep} complete ones; the current one and
	 * those in {@code spare} (rebuilds still restartable) always stay.
	 * @return the generations dropped
	 */
	public List<Integer> prune(int keep, Set<Integer> spare) {
		List<Generation> all = list();
		List<Generation> complete = all.stream().filter(g -> "COMPLETE".equals(g.state())).toList();
		List<Integer> dropped = new java.util.ArrayList<>();
		for (Generation g : all) {
			boolean kept = g.current() || spare.contains(g.id())
					|| ("COMPLETE".equals(g.state()) && complete.indexOf(g) < Math.max(1, keep));
			if (!kept) {
				drop(g.id());
				dropped.add(g.id());
			}
		}
		return dropped;
	}

	/** Drops a generation that is not current: its schema and its row. */
	public void drop(int id) {
		try (Connection c = this.dataSource.getConnection()) {
			if (Jdbc.count(c, "SELECT COUNT(*) FROM " + TABLE + " WHERE generation_id = ? AND is_current = TRUE",
					id) > 0) {
				throw new CatalogException("generation " + id + " is current and cannot be dropped", null);
			}
			Jdbc.update(c, "DROP SCHEMA IF EXISTS " + quoted(schemaOf(id)) + " CASCADE");
			Jdbc.update(c, "DELETE FROM " + TABLE + " WHERE generation_id = ?", id);
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot drop generation " + id + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * What a rebuild must not miss of its base: the digests loaded into it and the
	 * corrections made to it. Equal fingerprints mean nothing was loaded or corrected in
	 * between.
	 */
	public String fingerprint(int id) {
		String s = quoted(schemaOf(id)) + ".";
		try (Connection c = this.dataSource.getConnection()) {
			return "digests " + Jdbc.count(c, "SELECT COUNT(*) FROM " + s + "digest") + "/"
					+ Jdbc.count(c, "SELECT COALESCE(MAX(load_seq), 0) FROM " + s + "digest") + ", corrections "
					+ Jdbc.count(c, "SELECT COUNT(*) FROM " + s + "resolve_override") + "/"
					+ Jdbc.first(c, "SELECT MAX(created_at) FROM " + s + "resolve_override", rs -> rs.getString(1))
						.orElse("-");
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read generation " + id + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Copies an operator's corrections (never-merge, always-merge) from one generation to
	 * another, so that a rebuild honours them from its first entry on.
	 * @return corrections copied
	 */
	public int copyCorrections(int from, int to) {
		String source = quoted(schemaOf(from)) + ".";
		String target = quoted(schemaOf(to)) + ".";
		try (Connection c = this.dataSource.getConnection()) {
			Jdbc.update(c,
					"INSERT INTO " + target + "record_paper (record_id, paper_id) SELECT p.record_id, p.paper_id "
							+ "FROM " + source + "record_paper p WHERE NOT EXISTS (SELECT 1 FROM " + target
							+ "record_paper t WHERE t.record_id = p.record_id)");
			return Jdbc.update(c,
					"INSERT INTO " + target + "resolve_override (record_a, record_b, kind, reason, "
							+ "created_at) SELECT o.record_a, o.record_b, o.kind, o.reason, o.created_at FROM " + source
							+ "resolve_override o WHERE NOT EXISTS (SELECT 1 FROM " + target
							+ "resolve_override t WHERE t.record_a = o.record_a AND t.record_b = o.record_b)");
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot copy corrections: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Records a generation the caller filled itself (the first one) as complete and
	 * current.
	 */
	void registerFirst(int id) {
		try (Connection c = this.dataSource.getConnection()) {
			Jdbc.update(c,
					"INSERT INTO " + TABLE + " (generation_id, schema_name, state, catalog_version, created_at) "
							+ "VALUES (?, ?, 'BUILDING', ?, ?)",
					id, schemaOf(id), CATALOG_VERSION, Timestamp.from(Instant.now()));
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot record the first catalog generation: " + ex.getMessage(), ex);
		}
		complete(id);
		makeCurrent(id);
	}

	/**
	 * One catalog generation.
	 *
	 * @param id its number, from 1
	 * @param schema the schema holding its tables
	 * @param state {@code BUILDING} or {@code COMPLETE}
	 * @param current whether readers see it
	 * @param basedOn the generation a rebuild read its digests from, or {@code null}
	 * @param jobExecutionId the rebuild that made it, or {@code null}
	 * @param createdAt when it was begun
	 * @param completedAt when it was complete, or {@code null}
	 * @param currentSince when it last became current, or {@code null}
	 * @param papers papers in it (once complete)
	 * @param records records in it
	 * @param digests digests in it
	 * @param links links in it
	 */
	public record Generation(int id, String schema, String state, boolean current, Integer basedOn, Long jobExecutionId,
			Instant createdAt, Instant completedAt, Instant currentSince, Long papers, Long records, Long digests,
			Long links) {

		static Generation of(java.sql.ResultSet rs) throws SQLException {
			return new Generation(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					(Integer) rs.getObject(5, Integer.class), (Long) rs.getObject(6, Long.class), instant(rs, 7),
					instant(rs, 8), instant(rs, 9), rs.getObject(10, Long.class), rs.getObject(11, Long.class),
					rs.getObject(12, Long.class), rs.getObject(13, Long.class));
		}

		Generation counted(long[] n) {
			return new Generation(this.id, this.schema, this.state, this.current, this.basedOn, this.jobExecutionId,
					this.createdAt, this.completedAt, this.currentSince, n[0], n[1], n[2], n[3]);
		}

		private static Instant instant(java.sql.ResultSet rs, int column) throws SQLException {
			Timestamp t = rs.getTimestamp(column);
			return (t != null) ? t.toInstant() : null;
		}

	}

}
