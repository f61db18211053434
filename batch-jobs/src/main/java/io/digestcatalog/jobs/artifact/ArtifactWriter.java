package io.digestcatalog.jobs.artifact;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.digestcatalog.core.catalog.ArtifactCatalog;

/**
 * Records each outcome in the chunk's transaction; the artifact is then pending no more.
 * Counts fetched and failed artifacts in the partition's execution context.
 */
class ArtifactWriter implements ItemWriter<FetchedArtifact>, ItemStream {

	static final String FETCHED = "artifacts.fetched";

	static final String FAILED = "artifacts.failed";

	private final DataSource dataSource;

	private long fetched;

	private long failed;

	ArtifactWriter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void write(Chunk<? extends FetchedArtifact> chunk) {
		Connection c = DataSourceUtils.getConnection(this.dataSource);
		try {
			for (FetchedArtifact fetchedArtifact : chunk) {
				FetchedArtifact fetched = fetchedArtifact;
				ArtifactCatalog.record(c, fetched.artifact(), fetched.outcome());
				if (fetched.outcome().fetched()) {
					this.fetched++;
				}
				else {
					this.failed++;
				}
			}
		}
		finally {
			DataSourceUtils.releaseConnection(c, this.dataSource);
		}
	}

	@Override
	public void open(ExecutionContext context) {
		this.fetched = context.getLong(FETCHED, 0);
		this.failed = context.getLong(FAILED, 0);
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(FETCHED, this.fetched);
		context.putLong(FAILED, this.failed);
	}

}
