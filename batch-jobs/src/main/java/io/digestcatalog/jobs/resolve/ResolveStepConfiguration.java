package io.digestcatalog.jobs.resolve;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.digestcatalog.core.dedupe.er.EntityResolver;
import io.digestcatalog.core.dedupe.er.Overrides;
import io.digestcatalog.core.dedupe.er.RecordPair;

/**
 * The {@code resolve} step of the {@code ingest} job: fuzzy entity resolution over the
 * catalog.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResolveProperties.class)
public class ResolveStepConfiguration {

	public static final String RESOLVE_STEP = "resolve";

	@Bean
	EntityResolver entityResolver(ResolveProperties properties) {
		return new EntityResolver(new Overrides(pairs(properties.alwaysMerge()), pairs(properties.neverMerge())));
	}

	private static Set<RecordPair> pairs(List<String> pairs) {
		Set<RecordPair> set = new LinkedHashSet<>();
		for (String pair : pairs) {
			String[] ids = pair.strip().split("\\s+");
			set.add(RecordPair.of(ids[0], ids[1]));
		}
		return set;
	}

	@Bean
	Step resolveStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
			EntityResolver entityResolver, ResolveProperties properties) {
		Tasklet tasklet = properties.enabled() ? new ResolveTasklet(dataSource, entityResolver)
				: (contribution, chunkContext) -> RepeatStatus.FINISHED;
		return new StepBuilder(RESOLVE_STEP, jobRepository).tasklet(tasklet, transactionManager).build();
	}

}
