package io.digestcatalog.jobs.artifact;

import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.digestcatalog.core.catalog.ArtifactCatalog;
import io.digestcatalog.core.catalog.PendingArtifact;

/**
 * Reads a partition's pending artifacts page by page. It saves no position: an artifact
 * leaves the pending set in the transaction of the chunk that recorded it, so a restarted
 * partition simply reads what is still pending.
 */
class PendingArtifactReader implements ItemReader<PendingArtifact> {

	private static final int PAGE = 100;

	private final DataSource dataSource;

	private final List<String> hosts;

	private final Deque<PendingArtifact> page = new ArrayDeque<>();

	private String lastPaper = "";

	private String lastUrl = "";

	private boolean exhausted;

	PendingArtifactReader(DataSource dataSource, List<String> hosts) {
		this.dataSource = dataSource;
		this.hosts = hosts;
	}

	@Override
	public PendingArtifact read() {
		if (this.page.isEmpty() && !this.exhausted) {
			Connection c = DataSourceUtils.getConnection(this.dataSource);
			try {
				List<PendingArtifact> next = ArtifactCatalog.pending(c, this.hosts, this.lastPaper, this.lastUrl, PAGE);
				this.page.addAll(next);
				this.exhausted = next.size() < PAGE;
			}
			finally {
				DataSourceUtils.releaseConnection(c, this.dataSource);
			}
		}
		PendingArtifact next = this.page.poll();
		if (next != null) {
			this.lastPaper = next.paperId();
			this.lastUrl = next.url();
		}
		return next;
	}

}
