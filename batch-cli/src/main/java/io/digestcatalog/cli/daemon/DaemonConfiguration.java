package io.digestcatalog.cli.daemon;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.digestcatalog.core.catalog.CatalogGenerations;
import io.digestcatalog.jobs.ops.ExclusiveRuns;
import io.digestcatalog.jobs.ops.JobsOperations;
import io.digestcatalog.jobs.ops.OperationsProperties;

/**
 * What {@code digestcat daemon} adds to the application: the scheduler, the database
 * server for other commands, and health. Active in the {@code daemon} profile only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "digestcat.daemon.active", havingValue = "true")
@EnableConfigurationProperties(DaemonProperties.class)
public class DaemonConfiguration {

	@Bean
	DaemonJobs daemonJobs(JobOperator jobOperator, Job ingestJob, Job rebuildJob) {
		return new DaemonJobs(jobOperator, ingestJob, rebuildJob);
	}

	@Bean
	DaemonScheduler daemonScheduler(DaemonProperties properties, DaemonJobs daemonJobs, ExclusiveRuns exclusiveRuns,
			JobsOperations jobsOperations, OperationsProperties operations) {
		return new DaemonScheduler(properties, daemonJobs, exclusiveRuns, jobsOperations, operations.stopTimeout());
	}

	/** Only for the embedded file database, which this process alone can open. */
	@Bean
	CatalogServer catalogServer(DataSourceProperties dataSource, DaemonProperties properties,
			ObjectProvider<CatalogServing> serving) {
		String url = String.valueOf(dataSource.getUrl());
		CatalogServing publish = serving.getIfAvailable(() -> CatalogServing.NONE);
		if (!url.startsWith("jdbc:hsqldb:file:") || !publish.owned()) {
			return null;
		}
		return new CatalogServer(publish.database(), properties.databasePort(), publish::serving, publish::notServing);
	}

	@Bean
	HealthIndicator daemonHealthIndicator(DaemonScheduler scheduler, ExclusiveRuns runs) {
		return () -> {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("schedules", scheduler.status());
			DaemonScheduler.Running now = scheduler.runningNow();
			details.put("running", (now != null) ? now.schedule() + " since " + now.since() : "nothing");
			runs.holder().filter(h -> h.alive()).ifPresent(h -> details.put("runLock", h.describe()));
			return Health.up().withDetails(details).build();
		};
	}

	@Bean
	HealthIndicator catalogHealthIndicator(CatalogGenerations generations) {
		return () -> {
			CatalogGenerations.Generation current = generations.current();
			return Health.up()
				.withDetail("generation", current.id())
				.withDetail("papers", current.papers())
				.withDetail("records", current.records())
				.withDetail("currentSince", String.valueOf(current.currentSince()))
				.build();
		};
	}

}
