package io.digestcatalog.jobs.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.extract.ExtractedEntry;

/** Prints a progress line after committed chunks, at most once per interval. */
class IngestProgressListener implements ChunkListener<DigestItem, ExtractedEntry>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger("io.digestcatalog.progress");

	private final long intervalMillis;

	private StepExecution stepExecution;

	private long lastLogged;

	IngestProgressListener(long intervalMillis) {
		this.intervalMillis = intervalMillis;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		this.lastLogged = System.currentTimeMillis();
	}

	@Override
	public void afterChunk(Chunk<ExtractedEntry> chunk) {
		long now = System.currentTimeMillis();
		if (this.stepExecution != null && now - this.lastLogged >= this.intervalMillis) {
			this.lastLogged = now;
			log.info("progress: {} entries read, {} loaded, {} quarantined (execution {})",
					this.stepExecution.getReadCount(), this.stepExecution.getWriteCount(),
					this.stepExecution.getProcessSkipCount(), this.stepExecution.getJobExecutionId());
		}
	}

}
