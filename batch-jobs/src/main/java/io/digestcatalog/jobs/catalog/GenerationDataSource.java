package io.digestcatalog.jobs.catalog;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import io.digestcatalog.core.catalog.CatalogGenerations;

/**
 * The catalog's one DataSource, pointing every connection at a catalog generation: the
 * generation a rebuild is filling for the steps of that rebuild (named in its job
 * execution context), the current generation for everyone else. The catalog's SQL names
 * its tables without a schema; the job repository and the shared tables name theirs.
 * Because the schema is chosen when a connection is taken, a reader keeps the generation
 * it started on even if a rebuild swaps in a new one meanwhile.
 */
public class GenerationDataSource extends DelegatingDataSource {

	/** Job execution context key: the schema a rebuild writes into. */
	public static final String TARGET_SCHEMA = "digestcat.generation.schema";

	private volatile boolean generationsExist;

	public GenerationDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return pointed(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return pointed(super.getConnection(username, password));
	}

	private Connection pointed(Connection c) throws SQLException {
		try {
			c.setSchema(schemaFor(c));
			return c;
		}
		catch (SQLException | RuntimeException ex) {
			c.close();
			throw ex;
		}
	}

	private String schemaFor(Connection c) throws SQLException {
		String target = targetOfThisStep();
		if (target != null) {
			return target;
		}
		if (!this.generationsExist) {
			// before the first migration there is no generation table to ask
			try (var tables = c.getMetaData()
				.getTables(null, CatalogGenerations.SHARED_SCHEMA, "CATALOG_GENERATION", null)) {
				if (!tables.next()) {
					try (var lower = c.getMetaData().getTables(null, "public", "catalog_generation", null)) {
						if (!lower.next()) {
							return c.getSchema();
						}
					}
				}
			}
			this.generationsExist = true;
		}
		return CatalogGenerations.currentSchema(c).orElse(CatalogGenerations.SHARED_SCHEMA);
	}

	/** The schema the rebuild running this step writes into, or {@code null}. */
	static String targetOfThisStep() {
		StepContext step = StepSynchronizationManager.getContext();
		if (step == null) {
			return null;
		}
		Object target = step.getStepExecution().getJobExecution().getExecutionContext().get(TARGET_SCHEMA);
		return (target instanceof String schema) ? schema : null;
	}

}
