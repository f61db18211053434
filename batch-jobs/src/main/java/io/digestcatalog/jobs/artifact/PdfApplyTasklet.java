package io.digestcatalog.jobs.artifact;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.digestcatalog.core.catalog.PdfEnrichment;
import io.digestcatalog.core.catalog.SourceRanking;

/**
 * Applies fetched PDFs to their papers, a page per transaction (the tasklet repeats until
 * none is left), on one thread: merges by a PDF's arXiv id touch several papers at once.
 * An applied PDF is marked so, so a restart applies only the rest.
 */
class PdfApplyTasklet implements Tasklet {

	private static final int PAGE = 50;

	private final DataSource dataSource;

	private final SourceRanking ranking;

	PdfApplyTasklet(DataSource dataSource, SourceRanking ranking) {
		this.dataSource = dataSource;
		this.ranking = ranking;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Connection c = DataSourceUtils.getConnection(this.dataSource);
		try {
			List<PdfEnrichment.FetchedPdf> page = PdfEnrichment.unapplied(c, "", "", PAGE);
			for (PdfEnrichment.FetchedPdf pdf : page) {
				PdfEnrichment.apply(c, pdf, this.ranking);
			}
			contribution.incrementWriteCount(page.size());
			return (page.size() < PAGE) ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
		}
		finally {
			DataSourceUtils.releaseConnection(c, this.dataSource);
		}
	}

}
