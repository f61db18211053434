package io.digestcatalog.jobs.artifact;

import java.sql.Connection;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.digestcatalog.core.catalog.ArtifactCatalog;

/**
 * Plans the artifacts to fetch: every paper's PDF not planned yet; with {@code refetch},
 * every artifact again (conditional requests still spare unchanged files).
 */
class PlanArtifactsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(PlanArtifactsTasklet.class);

	private final DataSource dataSource;

	private final ArtifactProperties properties;

	private final boolean refetch;

	private final boolean enabled;

	PlanArtifactsTasklet(DataSource dataSource, boolean enabled, ArtifactProperties properties, boolean refetch) {
		this.dataSource = dataSource;
		this.enabled = enabled;
		this.properties = properties;
		this.refetch = refetch;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!this.enabled) {
			return RepeatStatus.FINISHED;
		}
		Connection c = DataSourceUtils.getConnection(this.dataSource);
		try {
			int again = this.refetch ? ArtifactCatalog.markAllPending(c) : 0;
			int planned = ArtifactCatalog.plan(c, this.properties.arxivBase(), this.properties.maxPerPaper());
			contribution.incrementWriteCount(planned + again);
			if (planned + again > 0) {
				log.info("artifacts: {} planned{}", planned, this.refetch ? ", " + again + " to fetch again" : "");
			}
		}
		finally {
			DataSourceUtils.releaseConnection(c, this.dataSource);
		}
		return RepeatStatus.FINISHED;
	}

}
