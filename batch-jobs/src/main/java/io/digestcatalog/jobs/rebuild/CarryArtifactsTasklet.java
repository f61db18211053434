package io.digestcatalog.jobs.rebuild;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.digestcatalog.core.catalog.ArtifactCatalog;
import io.digestcatalog.core.catalog.CatalogGenerations;

/**
 * Step {@code carryArtifacts}: the new generation takes over the artifacts the base
 * fetched for the papers it has, to be applied again by {@code applyArtifacts}; only
 * papers new to it have PDFs to fetch.
 */
class CarryArtifactsTasklet implements Tasklet {

	private final DataSource dataSource;

	CarryArtifactsTasklet(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RebuildContext rebuild = RebuildContext.of(chunkContext.getStepContext().getStepExecution().getJobExecution());
		Connection c = DataSourceUtils.getConnection(this.dataSource);
		try {
			contribution.incrementWriteCount(ArtifactCatalog.carryOver(c, CatalogGenerations.schemaOf(rebuild.base())));
		}
		finally {
			DataSourceUtils.releaseConnection(c, this.dataSource);
		}
		return RepeatStatus.FINISHED;
	}

}
