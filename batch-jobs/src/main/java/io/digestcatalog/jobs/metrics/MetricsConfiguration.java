package io.digestcatalog.jobs.metrics;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.digestcatalog.jobs.ops.ExclusiveRuns;

/**
 * The domain's meters on the application's registry (Prometheus in the CLI and the
 * daemon); on a private one where the application has none (the jobs module's tests).
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

	@Bean
	CatalogMetrics catalogMetrics(ObjectProvider<MeterRegistry> registry) {
		return new CatalogMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	CatalogGauges catalogGauges(CatalogMetrics metrics, DataSource dataSource, ObjectProvider<ExclusiveRuns> runs) {
		return new CatalogGauges(metrics.registry(), dataSource, () -> runs.getObject().runningJobs());
	}

}
