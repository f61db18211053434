package io.digestcatalog.jobs.resolve;

import io.digestcatalog.jobs.metrics.CatalogMetrics;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.digestcatalog.core.catalog.CatalogResolution;

/**
 * Entity resolution over the catalog's records. Exact keys (arXiv id, DOI, normalized
 * title) already merged sightings as they were loaded; this finds the same paper under
 * keys that differ (re-cased, LaTeX-escaped or shortened titles with matching authors and
 * year, a preprint and its journal version). The resolution stored by the last run is
 * restored without comparing its records again, and only records loaded since are blocked
 * and compared; clusters spanning papers are merged into the paper seen first, every
 * merge with its rule and score as the reason. In one transaction: a failed run leaves
 * the catalog as it was and a restart does the whole step again.
 */
public class ResolveTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ResolveTasklet.class);

	public static final String RECORDS = "resolve.records";

	public static final String FRESH = "resolve.fresh";

	public static final String CANDIDATES = "resolve.candidates";

	private final DataSource dataSource;

	private final ResolveProperties properties;

	private final boolean full;

	private final CatalogMetrics metrics;

	ResolveTasklet(DataSource dataSource, ResolveProperties properties, boolean full, CatalogMetrics metrics) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.full = full;
		this.metrics = metrics;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Connection c = DataSourceUtils.getConnection(this.dataSource);
		try {
			List<String> configured = new ArrayList<>(this.properties.neverMerge());
			configured.addAll(this.properties.alwaysMerge());
			for (String id : CatalogResolution.unknownIds(c, configured)) {
				log.warn("digestcat.resolve: {} names no paper or record in the catalog (merged into another paper?); "
						+ "its correction has no effect", id);
			}
			long started = System.nanoTime();
			CatalogResolution.Run run = CatalogResolution.run(c, this.full, this.properties.neverMerge(),
					this.properties.alwaysMerge(), this.properties.ranking());
			CatalogResolution.State state = run.state();
			CatalogResolution.Outcome outcome = run.outcome();
			contribution.incrementWriteCount(outcome.merged());
			this.metrics.resolved(run.candidatePairs(), outcome.merged());
			var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
			context.putLong(RECORDS, state.resolved().size() + state.fresh().size());
			context.putLong(FRESH, state.fresh().size());
			context.putLong(CANDIDATES, run.candidatePairs());
			log.info(
					"resolve: {} new of {} records compared ({} candidate pairs, {} ms); {} papers merged, {} records"
							+ " re-clustered",
					state.fresh().size(), state.resolved().size() + state.fresh().size(), run.candidatePairs(),
					(System.nanoTime() - started) / 1_000_000, outcome.merged(), outcome.reclustered());
		}
		finally {
			DataSourceUtils.releaseConnection(c, this.dataSource);
		}
		return RepeatStatus.FINISHED;
	}

}
