package io.digestcatalog.jobs.rebuild;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.digestcatalog.core.catalog.CatalogGenerations;
import io.digestcatalog.core.catalog.DigestLedger;
import io.digestcatalog.core.catalog.RecordedDigests;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.RemoteDigestFetcher;
import io.digestcatalog.jobs.ingest.IngestJobConfiguration;
import io.digestcatalog.jobs.ingest.IngestProperties;
import io.digestcatalog.jobs.ingest.ReadSteps;
import io.digestcatalog.jobs.ops.ExclusiveRuns;
import io.digestcatalog.jobs.ops.FailureRecorder;

/**
 * The {@code rebuild} job: every digest the current catalog generation recorded is read
 * again into a new generation ({@code prepareGeneration}, {@code read}), which takes over
 * the stored artifacts ({@code carryArtifacts}), fetches and applies PDFs as ingest does,
 * resolves its records, completes its digests, and is then made current in one update
 * ({@code swapGeneration}). Readers see the old generation until that update; a failed
 * rebuild leaves it current and restarts from where it failed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RebuildProperties.class)
public class RebuildJobConfiguration {

	public static final String JOB_NAME = "rebuild";

	public static final String PREPARE_STEP = "prepareGeneration";

	public static final String CARRY_STEP = "carryArtifacts";

	public static final String SWAP_STEP = "swapGeneration";

	@Bean
	Job rebuildJob(JobRepository jobRepository, CatalogGenerations catalogGenerations, Step prepareGenerationStep,
			Step rebuildReadStep, Step carryArtifactsStep, Step planArtifactsStep, Step fetchArtifactsStep,
			Step applyArtifactsStep, Step resolveStep, Step completeStep, Step swapGenerationStep,
			ExclusiveRuns exclusiveRuns, FailureRecorder failureRecorder) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(exclusiveRuns)
			.listener(failureRecorder)
			.listener(new StaleRebuildListener(catalogGenerations))
			.start(prepareGenerationStep)
			.next(rebuildReadStep)
			.next(carryArtifactsStep)
			.next(planArtifactsStep)
			.next(fetchArtifactsStep)
			.next(applyArtifactsStep)
			.next(resolveStep)
			.next(completeStep)
			.next(swapGenerationStep)
			.build();
	}

	// the steps are beans, so that Spring Batch's observations reach them

	@Bean
	Step prepareGenerationStep(JobRepository jobRepository, CatalogGenerations catalogGenerations) {
		// creating and dropping schemas is DDL, which HSQLDB runs only once every other
		// transaction has ended: these steps hold none open while they work
		return new StepBuilder(PREPARE_STEP, jobRepository)
			.tasklet(new PrepareGenerationTasklet(catalogGenerations, jobRepository),
					new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	Step rebuildReadStep(ReadSteps readSteps, RebuildItemReader rebuildItemReader) {
		return readSteps.build(IngestJobConfiguration.READ_STEP, rebuildItemReader);
	}

	@Bean
	Step carryArtifactsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource) {
		return new StepBuilder(CARRY_STEP, jobRepository)
			.tasklet(new CarryArtifactsTasklet(dataSource), transactionManager)
			.build();
	}

	@Bean
	Step swapGenerationStep(JobRepository jobRepository, CatalogGenerations catalogGenerations,
			RebuildProperties properties) {
		return new StepBuilder(SWAP_STEP, jobRepository)
			.tasklet(new SwapGenerationTasklet(catalogGenerations, jobRepository, properties.keepGenerations()),
					new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	RebuildItemReader rebuildItemReader(DataSource dataSource, RemoteDigestFetcher remoteDigestFetcher,
			IngestProperties properties, @Value("#{jobExecutionContext['" + RebuildContext.BASE + "']}") Integer base) {
		return new RebuildItemReader(new RecordedDigests(dataSource, CatalogGenerations.schemaOf(base)),
				remoteDigestFetcher, DigestFormats.standard(), properties.zone(), new DigestLedger(dataSource));
	}

	/**
	 * A rebuild whose base changed cannot be swapped in: it is abandoned (so rerunning
	 * failed jobs leaves it alone) and its generation dropped.
	 */
	static final class StaleRebuildListener implements JobExecutionListener {

		private final CatalogGenerations generations;

		StaleRebuildListener(CatalogGenerations generations) {
			this.generations = generations;
		}

		@Override
		public void afterJob(JobExecution execution) {
			boolean stale = execution.getAllFailureExceptions()
				.stream()
				.anyMatch(
						t -> t instanceof StaleGenerationException || t.getCause() instanceof StaleGenerationException);
			RebuildContext rebuild = RebuildContext.of(execution);
			if (stale && rebuild != null) {
				this.generations.drop(rebuild.target());
				execution.setStatus(BatchStatus.ABANDONED);
				execution.setExitStatus(new ExitStatus("ABANDONED", "generation " + rebuild.target()
						+ " was dropped: its base changed before it could be made current"));
			}
		}

	}

}
