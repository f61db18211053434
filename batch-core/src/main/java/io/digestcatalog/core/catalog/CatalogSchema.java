package io.digestcatalog.core.catalog;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** The catalog's Flyway migrations, for callers outside Spring (tools, tests). */
public final class CatalogSchema {

	/** Where the catalog's migrations live on the classpath. */
	public static final String LOCATION = "classpath:db/migration/catalog";

	private CatalogSchema() {
	}

	public static void migrate(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).locations(LOCATION).load().migrate();
	}

}
