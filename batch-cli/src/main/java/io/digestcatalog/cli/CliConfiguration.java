package io.digestcatalog.cli;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.digestcatalog.core.catalog.CatalogCorrections;
import io.digestcatalog.core.catalog.CatalogExporter;
import io.digestcatalog.core.catalog.CatalogQueries;
import io.digestcatalog.core.catalog.SourceRanking;

/** The services the commands use. */
@Configuration(proxyBeanMethods = false)
class CliConfiguration {

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
