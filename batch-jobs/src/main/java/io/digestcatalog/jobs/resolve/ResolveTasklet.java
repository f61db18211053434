package io.digestcatalog.jobs.resolve;

import java.sql.Connection;
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
import io.digestcatalog.core.dedupe.er.EntityResolver;
import io.digestcatalog.core.dedupe.er.Resolution;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;

/**
 * Step {@code resolve}: fuzzy entity resolution over the catalog's papers. Exact keys
 * (arXiv id, DOI, normalized title) already merged sightings as they were loaded; this
 * finds the same paper under keys that differ (re-cased, LaTeX-escaped or shortened
 * titles with matching authors and year, a preprint and its journal version) and merges
 * each cluster into the paper seen first, every merge with its rule and score as the
 * reason.
 */
class ResolveTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ResolveTasklet.class);

	private final DataSource dataSource;

	private final EntityResolver resolver;

	ResolveTasklet(DataSource dataSource, EntityResolver resolver) {
		this.dataSource = dataSource;
		this.resolver = resolver;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Connection c = DataSourceUtils.getConnection(this.dataSource);
		try {
			List<ResolutionRecord> records = CatalogResolution.records(c);
			Resolution resolution = this.resolver.resolve(records);
			int merged = CatalogResolution.apply(c, resolution);
			contribution.incrementWriteCount(merged);
			if (merged > 0) {
				log.info("resolve: {} papers merged into others by fuzzy matching", merged);
			}
		}
		finally {
			DataSourceUtils.releaseConnection(c, this.dataSource);
		}
		return RepeatStatus.FINISHED;
	}

}
