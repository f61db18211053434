package io.digestcatalog.jobs.ingest;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.net.http.HttpClient;

import io.digestcatalog.core.catalog.CatalogWriter;
import io.digestcatalog.core.catalog.SourceRanking;
import io.digestcatalog.core.catalog.DigestLedger;
import io.digestcatalog.core.catalog.RemoteSourceStore;
import io.digestcatalog.core.digest.InputFilter;
import io.digestcatalog.core.digest.RemoteDigestFetcher;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.jobs.metrics.CatalogMetrics;
import io.digestcatalog.jobs.ops.ExclusiveRuns;
import io.digestcatalog.jobs.ops.FailureRecorder;

/**
 * The {@code ingest} job: step {@code read} streams every digest entry, extracts it and
 * loads it into the catalog chunk by chunk (bad entries go to quarantine through the skip
 * policy); the artifact steps fetch and read papers' PDFs (see
 * {@link io.digestcatalog.jobs.artifact.ArtifactStepsConfiguration}); step
 * {@code complete} marks the loaded digests complete.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
@org.springframework.context.annotation.Import({ io.digestcatalog.jobs.catalog.CatalogDataSourceConfiguration.class,
		io.digestcatalog.jobs.metrics.MetricsConfiguration.class,
		io.digestcatalog.jobs.report.ReportConfiguration.class, io.digestcatalog.jobs.ops.OperationsConfiguration.class,
		io.digestcatalog.jobs.artifact.ArtifactStepsConfiguration.class,
		io.digestcatalog.jobs.resolve.ResolveStepConfiguration.class,
		io.digestcatalog.jobs.rebuild.RebuildJobConfiguration.class })
public class IngestJobConfiguration {

	public static final String JOB_NAME = "ingest";

	public static final String READ_STEP = "read";

	public static final String COMPLETE_STEP = "complete";

	@Bean
	Job ingestJob(JobRepository jobRepository, Step readStep, Step planArtifactsStep, Step fetchArtifactsStep,
			Step applyArtifactsStep, Step resolveStep, Step completeStep, ExclusiveRuns exclusiveRuns,
			FailureRecorder failureRecorder) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(exclusiveRuns)
			.listener(failureRecorder)
			.start(readStep)
			.next(planArtifactsStep)
			.next(fetchArtifactsStep)
			.next(applyArtifactsStep)
			.next(resolveStep)
			.next(completeStep)
			.build();
	}

	@Bean
	ReadSteps readSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CatalogItemWriter catalogItemWriter, QuarantineSkipListener quarantineSkipListener,
			IngestProperties properties, CatalogMetrics metrics, io.digestcatalog.jobs.report.RunRecorder recorder) {
		return new ReadSteps(jobRepository, transactionManager, catalogItemWriter, quarantineSkipListener, properties,
				metrics, recorder);
	}

	@Bean
	Step readStep(ReadSteps readSteps, ReadAhead digestItemReader) {
		return readSteps.build(READ_STEP, digestItemReader);
	}

	/** Fetches digests named by URL, with a conditional GET; shared by every run. */
	@Bean
	RemoteDigestFetcher remoteDigestFetcher(DataSource dataSource, IngestProperties properties) {
		return new RemoteDigestFetcher(
				HttpClient.newBuilder()
					.followRedirects(HttpClient.Redirect.NORMAL)
					.connectTimeout(properties.fetchTimeout())
					.build(),
				properties.downloadDir(), new RemoteSourceStore(dataSource), properties.fetchTimeout(),
				properties.maxDownloadSize().toBytes());
	}

	@Bean
	Step completeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource) {
		return new StepBuilder(COMPLETE_STEP, jobRepository)
			.tasklet(new CompleteDigestsTasklet(dataSource), transactionManager)
			.build();
	}

	@Bean
	@StepScope
	ReadAhead digestItemReader(@Value("#{jobParameters['" + IngestJobParameters.INPUTS + "']}") String inputs,
			@Value("#{jobParameters['" + IngestJobParameters.DIGEST_DATE + "']}") String digestDate,
			@Value("#{jobParameters['" + IngestJobParameters.FORMAT + "']}") String format,
			@Value("#{jobParameters['" + IngestJobParameters.INCLUDE + "']}") String include,
			@Value("#{jobParameters['" + IngestJobParameters.EXCLUDE + "']}") String exclude, DataSource dataSource,
			IngestProperties properties, RemoteDigestFetcher fetcher) {
		var filter = new InputFilter(IngestJobParameters.inputs(include), IngestJobParameters.inputs(exclude));
		var settings = new DigestItemReader.DigestReaderSettings(DigestFormats.standard(), format,
				(digestDate != null) ? LocalDate.parse(digestDate) : null, properties.zone(),
				new DigestSourceResolver(filter, fetcher));
		// parsed and extracted on a thread of its own while the step loads the chunk
		// before
		return new ReadAhead(
				new DigestItemReader(IngestJobParameters.inputs(inputs), settings, new DigestLedger(dataSource)),
				ExtractingProcessor::extract, 2 * properties.chunkSize());
	}

	@Bean
	@StepScope
	CatalogItemWriter catalogItemWriter(DataSource dataSource, SourceRanking sourceRanking,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId, CatalogMetrics metrics,
			io.digestcatalog.jobs.resolve.ResolveProperties resolveProperties) {
		return new CatalogItemWriter(dataSource, new CatalogWriter(jobInstanceId, sourceRanking), metrics,
				io.digestcatalog.jobs.resolve.ResolveWhileLoading.of(resolveProperties));
	}

	@Bean
	@StepScope
	QuarantineSkipListener quarantineSkipListener(DataSource dataSource,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId, CatalogMetrics metrics,
			io.digestcatalog.jobs.report.RunRecorder recorder) {
		return new QuarantineSkipListener(dataSource, jobInstanceId, metrics, recorder);
	}

}
