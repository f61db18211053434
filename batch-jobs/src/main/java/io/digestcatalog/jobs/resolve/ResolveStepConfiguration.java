package io.digestcatalog.jobs.resolve;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.digestcatalog.core.dedupe.er.EntityResolver;

/**
 * The {@code resolve} step of the {@code ingest} job: fuzzy entity resolution over the
 * catalog.
 */
@Configuration(proxyBeanMethods = false)
public class ResolveStepConfiguration {

	public static final String RESOLVE_STEP = "resolve";

	@Bean
	EntityResolver entityResolver() {
		return new EntityResolver();
	}

	@Bean
	Step resolveStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
			EntityResolver entityResolver) {
		return new StepBuilder(RESOLVE_STEP, jobRepository)
			.tasklet(new ResolveTasklet(dataSource, entityResolver), transactionManager)
			.build();
	}

}
