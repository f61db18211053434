package io.digestcatalog.jobs.catalog;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.digestcatalog.core.catalog.CatalogGenerations;

/**
 * Points the application's DataSource at catalog generations, and makes sure a current
 * generation exists once Flyway has migrated the shared schema (the job repository, the
 * generation table, the run lock).
 */
@Configuration(proxyBeanMethods = false)
public class CatalogDataSourceConfiguration {

	@Bean
	static BeanPostProcessor generationDataSourcePostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof GenerationDataSource)
						&& "dataSource".equals(beanName)) {
					return new GenerationDataSource(dataSource);
				}
				return bean;
			}
		};
	}

	@Bean
	FlywayMigrationStrategy catalogGenerationsMigration() {
		return flyway -> {
			flyway.migrate();
			new CatalogGenerations(flyway.getConfiguration().getDataSource()).ensureCurrent();
		};
	}

	@Bean
	CatalogGenerations catalogGenerations(DataSource dataSource) {
		return new CatalogGenerations(dataSource);
	}

}
