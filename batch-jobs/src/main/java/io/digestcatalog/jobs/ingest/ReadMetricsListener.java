package io.digestcatalog.jobs.ingest;

import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.jobs.metrics.CatalogMetrics;

/**
 * Counts what a read step reads: entries by format (rejected ones too), digests by format
 * and outcome (read; rejected whole; unchanged, passed over because the same bytes were
 * loaded before).
 */
class ReadMetricsListener implements ItemReadListener<DigestItem>, StepExecutionListener {

	private final CatalogMetrics metrics;

	private final ReadProgress progress;

	ReadMetricsListener(CatalogMetrics metrics, ReadProgress progress) {
		this.metrics = metrics;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		if (this.progress != null) {
			this.progress.onSourceUnchanged(() -> this.metrics.digest("unknown", "unchanged"));
		}
	}

	@Override
	public void afterRead(DigestItem item) {
		String format = item.digest().format();
		if (item.ordinal() == 0) {
			this.metrics.digest(format, "rejected");
			return;
		}
		if (item.ordinal() == 1) {
			this.metrics.digest(format, "read");
		}
		this.metrics.entryRead(format);
	}

}
