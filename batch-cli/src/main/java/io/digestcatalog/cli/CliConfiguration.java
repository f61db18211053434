package io.digestcatalog.cli;

import javax.sql.DataSource;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.digestcatalog.core.catalog.CatalogCorrections;
import io.digestcatalog.core.catalog.CatalogExporter;
import io.digestcatalog.core.catalog.CatalogQueries;
import io.digestcatalog.core.catalog.SourceRanking;
import io.digestcatalog.jobs.ops.JobsOperations;

/** The services the commands use. */
@Configuration(proxyBeanMethods = false)
class CliConfiguration {

	@Bean
	JobsOperations jobsOperations(JobRepository jobRepository, JobOperator jobOperator,
			DataSourceProperties dataSourceProperties) {
		// an embedded file database is locked to one process: if we are in, nobody else
		// runs a job
		String url = String.valueOf(dataSourceProperties.getUrl());
		return new JobsOperations(jobRepository, jobOperator, url.startsWith("jdbc:hsqldb:file:"));
	}

	@Bean
	CatalogQueries catalogQueries(DataSource dataSource) {
		return new CatalogQueries(dataSource);
	}

	@Bean
	CatalogExporter catalogExporter(DataSource dataSource) {
		return new CatalogExporter(dataSource);
	}

	@Bean
	CatalogCorrections catalogCorrections(DataSource dataSource, SourceRanking sourceRanking) {
		return new CatalogCorrections(dataSource, sourceRanking);
	}

}
