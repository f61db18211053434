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
	public static final int CATALOG_VERSION = 5;

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
	 */
	public void makeCurrent(int id) {
		try (Connection c = this.dataSource.getConnection()) {
			Generation g = find(id).orElseThrow(() -> new CatalogException("no catalog generation " + id, null));
			if (!"COMPLETE".equals(g.state())) {
				throw new CatalogException("generation " + id + " is " + g.state() + ", not complete", null);
			}
			Jdbc.update(c, "UPDATE " + TABLE + " SET is_current = (generation_id = ?), "
					+ "current_since = CASE WHEN generation_id = ? THEN CURRENT_TIMESTAMP ELSE current_since END "
					+ "WHERE is_current = TRUE OR generation_id = ?", id, id, id);
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot change the current generation: " + ex.getMessage(), ex);
		}
	}

	/** Marks a generation complete with its counts (it is not current yet). */
	public void complete(int id) {
		try (Connection c = this.dataSource.getConnection()) {
			String s = quoted(schemaOf(id)) + ".";
			Jdbc.update(c,
					"UPDATE " + TABLE + " SET state = 'COMPLETE', completed_at = ?, papers = (SELECT COUNT(*) FROM " + s
							+ "paper), records = (SELECT COUNT(*) FROM " + s
							+ "appearance), digests = (SELECT COUNT(*) FROM " + s
							+ "digest), links = (SELECT COUNT(*) FROM " + s + "paper_link) WHERE generation_id = ?",
					Timestamp.from(Instant.now()), id);
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot complete generation " + id + ": " + ex.getMessage(), ex);
		}
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

		private static Instant instant(java.sql.ResultSet rs, int column) throws SQLException {
			Timestamp t = rs.getTimestamp(column);
			return (t != null) ? t.toInstant() : null;
		}

	}

}
