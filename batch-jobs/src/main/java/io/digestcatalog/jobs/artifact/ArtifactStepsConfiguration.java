package io.digestcatalog.jobs.artifact;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.messaging.MessageChannel;
import org.springframework.transaction.PlatformTransactionManager;

import io.digestcatalog.core.artifact.AddressPolicy;
import io.digestcatalog.core.artifact.ArtifactFetcher;
import io.digestcatalog.core.artifact.ContentStore;
import io.digestcatalog.core.artifact.FetchPolicy;
import io.digestcatalog.core.artifact.pdf.PdfMetadataExtractor;
import io.digestcatalog.core.catalog.PendingArtifact;
import io.digestcatalog.core.catalog.SourceRanking;
import io.digestcatalog.jobs.ingest.IngestJobParameters;
import io.digestcatalog.jobs.remote.RemotePartitioningConfiguration;
import io.digestcatalog.jobs.remote.RemoteProperties;

/**
 * The artifact steps of the {@code ingest} job: {@code planArtifacts} decides which PDFs
 * to fetch; {@code fetchArtifacts} fetches them, partitioned by host and run on several
 * threads (each partition a restartable step of its own); {@code applyArtifacts} enriches
 * papers with what their PDFs say, on one thread.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ArtifactProperties.class, RemoteProperties.class })
public class ArtifactStepsConfiguration {

	public static final String PLAN_STEP = "planArtifacts";

	public static final String FETCH_STEP = "fetchArtifacts";

	public static final String FETCH_WORKER_STEP = "fetchArtifactsWorker";

	public static final String APPLY_STEP = "applyArtifacts";

	@Bean(destroyMethod = "close")
	ArtifactFetcher artifactFetcher(ArtifactProperties p) {
		AddressPolicy addresses = p.allow().isEmpty() ? AddressPolicy.defaults()
				: AddressPolicy.allowing(p.allow().toArray(String[]::new));
		FetchPolicy policy = FetchPolicy.defaults()
			.withAddresses(addresses)
			.withTimeouts(p.readTimeout(), p.totalTimeout())
			.withRetries(p.maxAttempts(), FetchPolicy.defaults().baseBackoff(), FetchPolicy.defaults().maxBackoff())
			.withMaxBytes(p.maxSize().toBytes())
			.withPerHost(p.perHostConcurrency(), p.perHostInterval());
		return new ArtifactFetcher(policy, new ContentStore(p.storeDir()));
	}

	@Bean
	PdfMetadataExtractor pdfMetadataExtractor(ArtifactProperties p) {
		return new PdfMetadataExtractor(p.pdfTimeLimit());
	}

	@Bean
	@StepScope
	PlanArtifactsTasklet planArtifactsTasklet(DataSource dataSource, ArtifactProperties properties,
			@Value("#{jobParameters['" + IngestJobParameters.REFETCH + "']}") String refetch,
			@Value("#{jobParameters['" + IngestJobParameters.ARTIFACTS + "']}") String artifacts) {
		return new PlanArtifactsTasklet(dataSource, properties.enabled() && !"false".equals(artifacts), properties,
				Boolean.parseBoolean(refetch));
	}

	@Bean
	Step planArtifactsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlanArtifactsTasklet planArtifactsTasklet) {
		return new StepBuilder(PLAN_STEP, jobRepository).tasklet(planArtifactsTasklet, transactionManager).build();
	}

	/**
	 * The artifacts fetched a partition (a group of hosts) at a time: on threads of this
	 * process, or in {@code digestcat worker} processes when remote partitioning is on.
	 */
	@Bean
	Step fetchArtifactsStep(JobRepository jobRepository, Step fetchArtifactsWorkerStep, DataSource dataSource,
			ArtifactProperties properties, RemoteProperties remote, ObjectProvider<MessageChannel> partitionRequests) {
		if (remote.enabled()) {
			return RemotePartitioningConfiguration.managerStep(FETCH_STEP, jobRepository, FETCH_WORKER_STEP,
					new HostPartitioner(dataSource), properties.concurrency(), partitionRequests.getObject(), remote);
		}
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("artifacts-");
		threads.setConcurrencyLimit(properties.concurrency());
		return new StepBuilder(FETCH_STEP, jobRepository)
			.partitioner(FETCH_WORKER_STEP, new HostPartitioner(dataSource))
			.step(fetchArtifactsWorkerStep)
			.gridSize(properties.concurrency())
			.taskExecutor(threads)
			.build();
	}

	@Bean
	Step fetchArtifactsWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PendingArtifactReader pendingArtifactReader, ArtifactProcessor artifactProcessor,
			ArtifactWriter artifactWriter, ArtifactProperties properties) {
		return new StepBuilder(FETCH_WORKER_STEP, jobRepository)
			.<PendingArtifact, FetchedArtifact>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(pendingArtifactReader)
			.processor(artifactProcessor)
			.writer(artifactWriter)
			.build();
	}

	/** One per partition: its counts are the partition's. */
	@Bean
	@StepScope
	ArtifactWriter artifactWriter(DataSource dataSource) {
		return new ArtifactWriter(dataSource);
	}

	/** One per partition: the hosts it gives up on are its own. */
	@Bean
	@StepScope
	ArtifactProcessor artifactProcessor(ArtifactFetcher artifactFetcher, PdfMetadataExtractor pdfMetadataExtractor,
			io.digestcatalog.jobs.metrics.CatalogMetrics metrics, io.digestcatalog.jobs.report.RunRecorder recorder) {
		return new ArtifactProcessor(artifactFetcher, pdfMetadataExtractor, metrics, recorder);
	}

	/**
	 * A partition's pending artifacts; none when artifacts are off for the run, also
	 * those an earlier run left pending (a run without artifacts fetches nothing).
	 */
	@Bean
	@StepScope
	PendingArtifactReader pendingArtifactReader(DataSource dataSource, ArtifactProperties properties,
			@Value("#{stepExecutionContext['" + HostPartitioner.HOSTS + "']}") String hosts,
			@Value("#{jobParameters['" + IngestJobParameters.ARTIFACTS + "']}") String artifacts) {
		boolean fetch = properties.enabled() && !"false".equals(artifacts);
		return new PendingArtifactReader(dataSource, fetch ? HostPartitioner.hostsOf(hosts) : List.of());
	}

	@Bean
	Step applyArtifactsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, SourceRanking sourceRanking) {
		return new StepBuilder(APPLY_STEP, jobRepository)
			.tasklet(new PdfApplyTasklet(dataSource, sourceRanking), transactionManager)
			.build();
	}

}
