package io.digestcatalog.jobs.ingest;

import io.digestcatalog.jobs.metrics.CatalogMetrics;

import java.sql.Connection;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.digestcatalog.core.catalog.DigestLedger;
import io.digestcatalog.core.catalog.QuarantineStore;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.extract.ExtractedEntry;

/**
 * Writes every skipped entry to quarantine with its reason, in the chunk's transaction.
 */
class QuarantineSkipListener implements SkipListener<DigestItem, ExtractedEntry>, StepExecutionListener {

	/**
	 * Step context key of the first quarantined entries with their reasons, one per line.
	 */
	static final String SAMPLES = "quarantine.samples";

	static final int MAX_SAMPLES = 20;

	private StepExecution stepExecution;

	private static final Logger log = LoggerFactory.getLogger(QuarantineSkipListener.class);

	private final DataSource dataSource;

	private final long loadingInstance;

	private final CatalogMetrics metrics;

	private final io.digestcatalog.jobs.report.RunRecorder recorder;

	QuarantineSkipListener(DataSource dataSource, long loadingInstance, CatalogMetrics metrics,
			io.digestcatalog.jobs.report.RunRecorder recorder) {
		this.dataSource = dataSource;
		this.loadingInstance = loadingInstance;
		this.metrics = metrics;
		this.recorder = recorder;
	}

	@Override
	public void onSkipInProcess(DigestItem item, Throwable t) {
		RejectedEntry rejected = (t instanceof QuarantineException q) ? q.rejected()
				: new RejectedEntry(item.digest(), item.ordinal(), item.line(), String.valueOf(t.getMessage()), null);
		Connection c = DataSourceUtils.getConnection(this.dataSource);
		try {
			DigestLedger.register(c, rejected.digest(), this.loadingInstance);
			QuarantineStore.put(c, rejected);
		}
		finally {
			DataSourceUtils.releaseConnection(c, this.dataSource);
		}
		this.metrics.quarantined(rejected.reason());
		String sample = rejected.digest().location() + " #" + rejected.ordinal() + " (line " + rejected.line() + "): "
				+ rejected.reason();
		if (this.stepExecution != null
				&& "rebuild".equals(this.stepExecution.getJobExecution().getJobInstance().getJobName())) {
			// read again, quarantined again: the summary counts them, the log need not
			log.debug("  quarantined {}", sample);
		}
		else {
			log.info("  quarantined {}", sample);
		}
		this.recorder.quarantined(rejected.reason(), sample);
		remember(sample);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
	}

	/** Keeps the first few samples in the step's context, saved with the chunk. */
	private void remember(String sample) {
		if (this.stepExecution == null) {
			return;
		}
		var context = this.stepExecution.getExecutionContext();
		String samples = context.getString(SAMPLES, "");
		if (samples.lines().count() < MAX_SAMPLES) {
			context.putString(SAMPLES, samples.isEmpty() ? sample : samples + "\n" + sample);
		}
	}

}
