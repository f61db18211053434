package io.digestcatalog.core.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Catalog generations on a real HSQLDB file: the first one, a catalog made before
 * generations moved into one, swaps, rollbacks and pruning.
 */
class CatalogGenerationsTests {

	@TempDir
	Path dir;

	@Test
	void aNewCatalogGetsAnEmptyCurrentFirstGeneration() throws Exception {
		JDBCDataSource ds = sharedSchema();
		CatalogGenerations generations = new CatalogGenerations(ds);

		generations.ensureCurrent();
		generations.ensureCurrent();

		assertThat(generations.list()).singleElement().satisfies(g -> {
			assertThat(g.id()).isEqualTo(1);
			assertThat(g.schema()).isEqualTo("GEN_1");
			assertThat(g.current()).isTrue();
			assertThat(g.state()).isEqualTo("COMPLETE");
			assertThat(g.papers()).isZero();
		});
		try (Connection c = ds.getConnection()) {
			assertThat(CatalogGenerations.currentSchema(c)).hasValue("GEN_1");
			c.setSchema("GEN_1");
			assertThat(count(c, "paper")).isZero();
		}
	}

	@Test
	void aCatalogMadeBeforeGenerationsMovesIntoTheFirstWithEveryRow() throws Exception {
		// given: a catalog at migration 4 in the shared schema, with the canonical digest
		JDBCDataSource ds = dataSource();
		Flyway.configure().dataSource(ds).locations(CatalogSchema.LOCATION).target("4").load().migrate();
		try (Connection c = ds.getConnection()) {
			// what today's writer needs beyond migration 4
			c.createStatement()
				.execute("CREATE TABLE record_paper (record_id VARCHAR(40) PRIMARY KEY, paper_id VARCHAR(20))");
			c.createStatement()
				.execute("CREATE TABLE record_resolution (record_id VARCHAR(40) PRIMARY KEY, "
						+ "resolve_epoch INTEGER DEFAULT 0 NOT NULL, resolve_no INTEGER, cluster_id VARCHAR(40))");
			c.setAutoCommit(false);
			new CatalogWriter(1).write(c, CatalogEntries.canonical());
			c.commit();
		}
		Map<String, List<String>> before = new java.util.LinkedHashMap<>(CatalogSnapshot.of(ds));
		// migration 8 moved the cluster into the resolution row
		before.put("appearance",
				before.get("appearance").stream().map(r -> r.replaceAll("\\|cluster_id=[^|]*", "")).sorted().toList());
		try (Connection c = ds.getConnection()) {
			// a catalog of migration 4 kept no resolution rows: its records come back
			// pending, as the loader leaves them
			c.createStatement().execute("DROP TABLE record_resolution");
		}

		// when
		migrateShared(ds);
		new CatalogGenerations(ds).ensureCurrent();

		// then
		try (Connection c = ds.getConnection()) {
			assertThat(LegacyCatalog.tableExists(c, "PUBLIC", "paper")).isFalse();
			assertThat(LegacyCatalog.tableExists(c, "PUBLIC", "remote_source")).isTrue();
			c.setSchema("GEN_1");
			assertThat(count(c, "paper")).isEqualTo(56);
		}
		assertThat(snapshotOf(ds, "GEN_1")).isEqualTo(before);
		assertThat(new CatalogGenerations(ds).current().papers()).isEqualTo(56);
	}

	@Test
	void makingAGenerationCurrentSwapsInOneStepAndRollbackSwapsBack() throws Exception {
		JDBCDataSource ds = sharedSchema();
		CatalogGenerations generations = new CatalogGenerations(ds);
		generations.ensureCurrent();

		CatalogGenerations.Generation second = generations.create(42);
		assertThat(second.state()).isEqualTo("BUILDING");
		assertThat(second.basedOn()).isEqualTo(1);
		assertThatThrownBy(() -> generations.makeCurrent(2)).hasMessageContaining("BUILDING");
		generations.complete(2);
		generations.makeCurrent(2);

		assertThat(generations.current().id()).isEqualTo(2);
		assertThat(generations.list()).filteredOn(CatalogGenerations.Generation::current).hasSize(1);
		generations.makeCurrent(1);
		assertThat(generations.current().id()).isEqualTo(1);
		assertThatThrownBy(() -> generations.drop(1)).hasMessageContaining("current");
	}

	@Test
	void pruningKeepsTheNewestCompleteTheCurrentAndTheSpared() throws Exception {
		JDBCDataSource ds = sharedSchema();
		CatalogGenerations generations = new CatalogGenerations(ds);
		generations.ensureCurrent();
		for (int id = 2; id <= 5; id++) {
			generations.create(id);
			generations.complete(id);
		}
		generations.create(6);
		generations.create(7);
		generations.makeCurrent(2);

		List<Integer> dropped = generations.prune(2, Set.of(7));

		assertThat(dropped).containsExactlyInAnyOrder(1, 3, 6);
		assertThat(generations.list()).extracting(CatalogGenerations.Generation::id).containsExactly(7, 5, 4, 2);
		try (Connection c = ds.getConnection()) {
			assertThat(LegacyCatalog.tableExists(c, "GEN_3", "paper")).isFalse();
			assertThat(LegacyCatalog.tableExists(c, "GEN_4", "paper")).isTrue();
		}
	}

	private JDBCDataSource dataSource() {
		JDBCDataSource ds = new JDBCDataSource();
		ds.setUrl("jdbc:hsqldb:file:" + this.dir.resolve("cat") + ";hsqldb.tx=mvcc;shutdown=true");
		ds.setUser("SA");
		ds.setPassword("");
		return ds;
	}

	private JDBCDataSource sharedSchema() {
		JDBCDataSource ds = dataSource();
		migrateShared(ds);
		return ds;
	}

	private static void migrateShared(JDBCDataSource ds) {
		Flyway.configure()
			.dataSource(ds)
			.locations("classpath:db/migration/shared")
			.table("shared_history")
			.baselineOnMigrate(true)
			.baselineVersion("4")
			.load()
			.migrate();
	}

	private static Map<String, List<String>> snapshotOf(JDBCDataSource ds, String schema) throws Exception {
		JDBCDataSource pointed = new JDBCDataSource() {
			@Override
			public Connection getConnection() throws java.sql.SQLException {
				Connection c = ds.getConnection();
				c.setSchema(schema);
				return c;
			}
		};
		return CatalogSnapshot.of(pointed);
	}

	private static long count(Connection c, String table) throws Exception {
		try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
