package io.digestcatalog.jobs.resolve;

import io.digestcatalog.jobs.metrics.CatalogMetrics;

import java.sql.Connection;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.digestcatalog.core.catalog.CatalogResolution;
import io.digestcatalog.core.catalog.StoredResolution;

/**
 * Entity resolution over the catalog's records. Exact keys (arXiv id, DOI, normalized
 * title) already merged sightings as they were loaded; this finds the same paper under
 * keys that differ (re-cased, LaTeX-escaped or shortened titles with matching authors and
 * year, a preprint and its journal version). Only records no run has resolved are read, a
 * batch per transaction ({@code digestcat.resolve.batch-size}): each is compared with the
 * records resolved before through the key files under
 * {@code digestcat.resolve.index-dir}, so memory holds one batch whatever the catalog's
 * size. Then the operator's corrections are applied and the papers of every cluster
 * changed are merged into the paper seen first, every merge with its rule and score as
 * the reason. A failed or stopped run restarts after the last committed batch, and ends
 * as an uninterrupted run would.
 */
public class ResolveTasklet implements Tasklet, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ResolveTasklet.class);

	public static final String RECORDS = "resolve.records";

	public static final String FRESH = "resolve.fresh";

	public static final String CANDIDATES = "resolve.candidates";

	private static final String LINKS = "resolve.links";

	private static final String RECLUSTERED = "resolve.reclustered";

	private static final String MERGED = "resolve.merged";

	/**
	 * Set once a full run has started its epoch, so that a restart does not start again.
	 */
	private static final String STARTED_FULL = "resolve.fullStarted";

	private static final String CORRECTED = "resolve.corrected";

	/** Clusters whose papers are merged per transaction. */
	private static final int MERGES_PER_CHUNK = 500;

	private final DataSource dataSource;

	private final ResolveProperties properties;

	private final boolean full;

	private final CatalogMetrics metrics;

	private StoredResolution resolution;

	private long started;

	ResolveTasklet(DataSource dataSource, ResolveProperties properties, boolean full, CatalogMetrics metrics) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.full = full;
		this.metrics = metrics;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		Connection c = DataSourceUtils.getConnection(this.dataSource);
		try {
			if (this.resolution == null) {
				this.resolution = open(c);
			}
			this.resolution.on(c);
			RepeatStatus status = step(c, context, contribution);
			if (status == RepeatStatus.FINISHED) {
				close();
			}
			return status;
		}
		catch (RuntimeException ex) {
			// the transaction rolls back: what the index holds in memory is no longer
			// true
			close();
			throw ex;
		}
		finally {
			DataSourceUtils.releaseConnection(c, this.dataSource);
		}
	}

	private StoredResolution open(Connection c) {
		for (String id : CatalogResolution.unknownIds(c, this.properties.correctedIds())) {
			log.warn("digestcat.resolve: {} names no paper or record in the catalog (merged into another paper?); "
					+ "its correction has no effect", id);
		}
		this.started = System.nanoTime();
		return this.properties.open(c);
	}

	private RepeatStatus step(Connection c, ExecutionContext context, StepContribution contribution) {
		if (this.full && !context.containsKey(STARTED_FULL)) {
			this.resolution.startFull();
			context.putString(STARTED_FULL, "true");
			return RepeatStatus.CONTINUABLE;
		}
		if (!context.containsKey(CORRECTED)) {
			StoredResolution.Batch batch = this.resolution.resolveBatch();
			if (batch != null) {
				add(context, FRESH, batch.records());
				add(context, CANDIDATES, batch.candidatePairs());
				add(context, LINKS, batch.links());
				add(context, RECLUSTERED, batch.reclustered());
				this.metrics.resolved(batch.candidatePairs(), 0);
				log.debug("resolve: batch of {} records, {} candidate pairs, {} links", batch.records(),
						batch.candidatePairs(), batch.links());
				return RepeatStatus.CONTINUABLE;
			}
			StoredResolution.Batch corrections = this.resolution.applyOverrides();
			add(context, LINKS, corrections.links());
			add(context, RECLUSTERED, corrections.reclustered());
			context.putString(CORRECTED, "true");
			return RepeatStatus.CONTINUABLE;
		}
		if (this.resolution.mergesPending()) {
			int merged = this.resolution.mergePapers(MERGES_PER_CHUNK, this.properties.ranking());
			add(context, MERGED, merged);
			contribution.incrementWriteCount(merged);
			this.metrics.resolved(0, merged);
			return RepeatStatus.CONTINUABLE;
		}
		long records = this.resolution.records();
		context.putLong(RECORDS, records);
		log.info(
				"resolve: {} new of {} records compared ({} candidate pairs, {} ms); {} papers merged, {} records"
						+ " re-clustered",
				context.getLong(FRESH, 0), records, context.getLong(CANDIDATES, 0),
				(System.nanoTime() - this.started) / 1_000_000, context.getLong(MERGED, 0),
				context.getLong(RECLUSTERED, 0));
		return RepeatStatus.FINISHED;
	}

	private static void add(ExecutionContext context, String key, long value) {
		context.putLong(key, context.getLong(key, 0) + value);
	}

	/**
	 * Releases the key files; called when a run finishes or fails, and by the step scope
	 * when the step ends otherwise (stopped by an operator).
	 */
	@Override
	public void close() {
		if (this.resolution != null) {
			this.resolution.close();
			this.resolution = null;
		}
	}

}
