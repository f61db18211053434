package io.digestcatalog.jobs.ingest;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.digestcatalog.core.catalog.DigestLedger;

/**
 * Marks the digests this job instance loaded as complete, with their counts. From then on
 * the same bytes are passed over by any later ingest.
 */
class CompleteDigestsTasklet implements Tasklet {

	private final DataSource dataSource;

	CompleteDigestsTasklet(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
		Connection c = DataSourceUtils.getConnection(this.dataSource);
		try {
			int completed = DigestLedger.complete(c, instance);
			contribution.incrementWriteCount(completed);
		}
		finally {
			DataSourceUtils.releaseConnection(c, this.dataSource);
		}
		return RepeatStatus.FINISHED;
	}

}
