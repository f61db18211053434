package io.digestcatalog.jobs.ingest;

import io.digestcatalog.jobs.metrics.CatalogMetrics;
import io.digestcatalog.jobs.resolve.ResolveWhileLoading;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.digestcatalog.core.catalog.CatalogWriter;
import io.digestcatalog.core.catalog.WriteCounts;
import io.digestcatalog.core.extract.ExtractedEntry;

/**
 * Loads each chunk into the catalog on the step's own connection, so the catalog rows and
 * the saved reader position commit together. Its counts live in the step's execution
 * context, so a restarted run reports the totals a clean run would. Each batch's worth of
 * new records is resolved in the chunk that completes it ({@link ResolveWhileLoading}).
 */
class CatalogItemWriter implements ItemWriter<ExtractedEntry>, ItemStream {

	static final String NEW = "papers.new";

	static final String UPDATED = "papers.updated";

	static final String UNCHANGED = "entries.unchanged";

	static final String LINKS = "links.added";

	static final String MERGES = "papers.merged";

	private final DataSource dataSource;

	private final CatalogWriter writer;

	private final CatalogMetrics metrics;

	private final ResolveWhileLoading resolving;

	private WriteCounts counts = WriteCounts.NONE;

	/**
	 * @param resolving resolution as records are loaded, or {@code null} to leave them
	 * all to the resolve step
	 */
	CatalogItemWriter(DataSource dataSource, CatalogWriter writer, CatalogMetrics metrics,
			ResolveWhileLoading resolving) {
		this.dataSource = dataSource;
		this.writer = writer;
		this.metrics = metrics;
		this.resolving = resolving;
	}

	@Override
	public void write(Chunk<? extends ExtractedEntry> chunk) {
		Connection c = DataSourceUtils.getConnection(this.dataSource);
		try {
			WriteCounts chunkCounts = this.writer.write(c, java.util.List.copyOf(chunk.getItems()));
			if (this.resolving != null) {
				// every entry written is a new record: its paper new or seen again
				int merged = this.resolving.written(c, chunkCounts.newPapers() + chunkCounts.updatedPapers());
				chunkCounts = chunkCounts.plus(new WriteCounts(0, 0, 0, 0, merged));
			}
			this.counts = this.counts.plus(chunkCounts);
			this.metrics.papers(chunkCounts.newPapers(), chunkCounts.updatedPapers(), chunkCounts.merges());
		}
		finally {
			DataSourceUtils.releaseConnection(c, this.dataSource);
		}
	}

	@Override
	public void open(ExecutionContext context) {
		this.counts = new WriteCounts(context.getLong(NEW, 0), context.getLong(UPDATED, 0),
				context.getLong(UNCHANGED, 0), context.getLong(LINKS, 0), context.getLong(MERGES, 0));
		if (this.resolving != null) {
			this.resolving.open(context);
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(NEW, this.counts.newPapers());
		context.putLong(UPDATED, this.counts.updatedPapers());
		context.putLong(UNCHANGED, this.counts.unchanged());
		context.putLong(LINKS, this.counts.links());
		context.putLong(MERGES, this.counts.merges());
		if (this.resolving != null) {
			this.resolving.update(context);
		}
	}

	@Override
	public void close() {
		if (this.resolving != null) {
			this.resolving.report();
			this.resolving.close();
		}
	}

}
