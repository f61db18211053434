package io.digestcatalog.jobs.ops;

import javax.sql.DataSource;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.digestcatalog.core.catalog.CatalogGenerations;
import io.digestcatalog.core.catalog.RunLock;

/** The run lock and what operators do to job executions. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationsProperties.class)
public class OperationsConfiguration {

	@Bean
	RunLock runLock(DataSource dataSource, OperationsProperties properties) {
		return new RunLock(dataSource, properties.lockLease());
	}

	@Bean
	ExclusiveRuns exclusiveRuns(RunLock runLock, JobRepository jobRepository, ObjectProvider<JobOperator> jobOperator,
			OperationsProperties properties, io.digestcatalog.jobs.metrics.CatalogMetrics metrics,
			org.springframework.context.ApplicationEventPublisher events) {
		return new ExclusiveRuns(runLock, jobRepository, jobOperator, properties.stopTimeout(), metrics, events);
	}

	@Bean
	FailureRecorder failureRecorder(JobRepository jobRepository) {
		return new FailureRecorder(jobRepository);
	}

	@Bean
	JobsOperations jobsOperations(JobRepository jobRepository, JobOperator jobOperator, ExclusiveRuns exclusiveRuns,
			CatalogGenerations catalogGenerations) {
		return new JobsOperations(jobRepository, jobOperator, exclusiveRuns, catalogGenerations);
	}

}
