package io.digestcatalog.jobs;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

import io.digestcatalog.jobs.ingest.IngestJobConfiguration;

/**
 * The jobs module's beans on Boot's auto-configuration, as the CLI runs them, without the
 * CLI.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(IngestJobConfiguration.class)
public class IngestTestApplication {

	/**
	 * Properties every jobs test context uses; the database URL is added per test class.
	 */
	public static final String[] PROPERTIES = { "spring.batch.job.enabled=false",
			"spring.batch.jdbc.initialize-schema=never", "spring.batch.jdbc.isolation-level-for-create=read_committed",
			"spring.flyway.locations=classpath:db/migration/batch/{vendor},classpath:db/migration/shared",
			"spring.flyway.default-schema=PUBLIC", "spring.flyway.ignore-migration-patterns=*:missing",
			"spring.batch.jdbc.table-prefix=PUBLIC.BATCH_", "spring.datasource.username=SA",
			"spring.datasource.password=", "digestcat.ingest.chunk-size=50", "spring.main.banner-mode=off",
			"digestcat.artifacts.enabled=false", "spring.artemis.mode=native" };

	public static String fileDatabaseUrl(java.nio.file.Path dir) {
		return "jdbc:hsqldb:file:" + dir.resolve("catalog")
				+ ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached;sql.pad_space=false;shutdown=true";
	}

	/**
	 * Points a test context at a new catalog database for {@code dir} (a file database in
	 * it, or a PostgreSQL database: {@link TestDatabase}), with the shared properties.
	 */
	public static TestDatabase register(org.springframework.test.context.DynamicPropertyRegistry registry,
			java.nio.file.Path dir) {
		TestDatabase database = TestDatabase.create(dir);
		java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
		for (String p : PROPERTIES) {
			properties.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
		}
		properties.putAll(database.properties());
		properties.put("digestcat.resolve.index-dir", dir.resolve("resolve-index").toString());
		properties.forEach((key, value) -> registry.add(key, () -> value));
		return database;
	}

	/** Empties every catalog table (the job repository keeps its history). */
	public static void emptyCatalog(javax.sql.DataSource dataSource) {
		var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		var tables = new java.util.ArrayList<>(io.digestcatalog.core.catalog.CatalogSnapshot.TABLES);
		java.util.Collections.reverse(tables);
		tables.forEach(table -> jdbc.update("DELETE FROM " + table));
		jdbc.update("DELETE FROM resolve_merge_todo");
	}

}
