package io.digestcatalog.jobs.ingest;

import io.digestcatalog.jobs.metrics.CatalogMetrics;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.extract.ExtractedEntry;

/**
 * Builds the chunk step that loads digest entries into the catalog from a reader: entries
 * extracted, loaded chunk by chunk with the reader's position, rejected ones sent to
 * quarantine. {@code ingest} reads what the operator named; {@code rebuild} reads what
 * the catalog recorded.
 */
public class ReadSteps {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final CatalogItemWriter writer;

	private final QuarantineSkipListener quarantine;

	private final IngestProperties properties;

	private final CatalogMetrics metrics;

	private final io.digestcatalog.jobs.report.RunRecorder recorder;

	ReadSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, CatalogItemWriter writer,
			QuarantineSkipListener quarantine, IngestProperties properties, CatalogMetrics metrics,
			io.digestcatalog.jobs.report.RunRecorder recorder) {
		this.metrics = metrics;
		this.recorder = recorder;
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.writer = writer;
		this.quarantine = quarantine;
		this.properties = properties;
	}

	public Step build(String name, ItemStreamReader<DigestItem> reader) {
		FailedItemListener failed = new FailedItemListener();
		ReadMetricsListener readMetrics = new ReadMetricsListener(this.metrics,
				(reader instanceof ReadProgress p) ? p : null);
		ProgressListener progress = new ProgressListener(this.properties.progressIntervalMillis(),
				(reader instanceof ReadProgress p) ? p : null,
				ProgressListener.terminalOrNull(this.properties.liveProgress()), this.recorder);
		return new StepBuilder(name, this.jobRepository).<DigestItem, ExtractedEntry>chunk(this.properties.chunkSize())
			.transactionManager(this.transactionManager)
			.reader(reader)
			.processor(new ExtractingProcessor((reader instanceof ReadAhead ahead) ? ahead : null))
			.writer(this.writer)
			.faultTolerant()
			.skipPolicy((t, skipCount) -> t instanceof QuarantineException)
			.skipListener(this.quarantine)
			.listener((StepExecutionListener) this.quarantine)
			.listener((StepExecutionListener) progress)
			.listener((StepExecutionListener) readMetrics)
			.listener((org.springframework.batch.core.listener.ItemReadListener<DigestItem>) readMetrics)
			.listener((org.springframework.batch.core.listener.ChunkListener<DigestItem, ExtractedEntry>) progress)
			.listener((StepExecutionListener) failed)
			.listener((org.springframework.batch.core.listener.ItemReadListener<DigestItem>) failed)
			.listener((org.springframework.batch.core.listener.ItemProcessListener<DigestItem, ExtractedEntry>) failed)
			.listener((org.springframework.batch.core.listener.ItemWriteListener<ExtractedEntry>) failed)
			.build();
	}

}
