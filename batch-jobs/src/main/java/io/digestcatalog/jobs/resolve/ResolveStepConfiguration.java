package io.digestcatalog.jobs.resolve;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.digestcatalog.core.catalog.SourceRanking;

/**
 * Entity resolution: the {@code resolve} step of the {@code ingest} job (incremental:
 * only records loaded since the last run are compared), and the {@code resolve} job an
 * operator runs alone, incrementally or in full ({@link #FULL}) after changing
 * corrections or upgrading the matcher.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResolveProperties.class)
public class ResolveStepConfiguration {

	public static final String RESOLVE_STEP = "resolve";

	public static final String RESOLVE_JOB = "resolve";

	/** Job parameter: resolve every record again instead of the new ones only. */
	public static final String FULL = "resolve.full";

	@Bean
	SourceRanking sourceRanking(ResolveProperties properties) {
		return properties.ranking();
	}

	@Bean
	@StepScope
	ResolveTasklet resolveTasklet(DataSource dataSource, ResolveProperties properties,
			@Value("#{jobParameters['" + FULL + "']}") String full,
			io.digestcatalog.jobs.metrics.CatalogMetrics metrics) {
		return new ResolveTasklet(dataSource, properties, Boolean.parseBoolean(full), metrics);
	}

	@Bean
	Step resolveStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResolveTasklet resolveTasklet, ResolveProperties properties) {
		Tasklet tasklet = properties.enabled() ? resolveTasklet : (contribution, chunkContext) -> RepeatStatus.FINISHED;
		return new StepBuilder(RESOLVE_STEP, jobRepository).tasklet(tasklet, transactionManager).build();
	}

	@Bean
	Job resolveJob(JobRepository jobRepository, Step resolveAloneStep,
			io.digestcatalog.jobs.ops.ExclusiveRuns exclusiveRuns,
			io.digestcatalog.jobs.ops.FailureRecorder failureRecorder) {
		return new JobBuilder(RESOLVE_JOB, jobRepository).listener(exclusiveRuns)
			.listener(failureRecorder)
			.start(resolveAloneStep)
			.build();
	}

	/**
	 * The step of the {@code resolve} job: run alone, it runs whatever
	 * digestcat.resolve.enabled says of the ingest job.
	 */
	@Bean
	Step resolveAloneStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResolveTasklet resolveTasklet) {
		return new StepBuilder(RESOLVE_STEP, jobRepository).tasklet(resolveTasklet, transactionManager).build();
	}

}
