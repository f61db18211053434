package io.digestcatalog.jobs.resolve;

import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.digestcatalog.core.catalog.StoredResolution;

/**
 * Entity resolution as records are loaded: each time a loading step has written a batch's
 * worth of new records ({@code digestcat.resolve.batch-size}), one batch of pending
 * records is resolved in the same transaction as the chunk that completed it, and the
 * papers of the clusters it changed are merged there too. The {@code resolve} step then
 * finds only the last, partial batch to compare and its merges, and a run killed late and
 * restarted resolves and merges only what it loads after the restart, not the whole run
 * again.
 * <p>
 * Resolving in batches ends in the same clusters and links whatever the batches are
 * ({@link StoredResolution}), so results equal the resolve step's alone. Three cases keep
 * everything for the resolve step: resolution disabled, {@code while-loading} off, and a
 * configured correction naming a paper, which stands for the records the paper has when
 * the resolve step runs. A chunk rolled back takes its batch with it: what the key files
 * hold beyond the committed state is dropped when resolution is opened again.
 */
public final class ResolveWhileLoading implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ResolveWhileLoading.class);

	private static final String RECORDS = "resolve.loading.records";

	private static final String CANDIDATES = "resolve.loading.candidates";

	private static final String DUE = "resolve.loading.due";

	/** Clusters whose papers are merged per query of the merges noted. */
	private static final int MERGES_PER_ROUND = 500;

	private final ResolveProperties properties;

	private StoredResolution resolution;

	/** New records written since the last batch resolved, as committed. */
	private long due;

	private long records;

	private long candidates;

	private boolean reported;

	/** Whether the transaction under way is watched. */
	private boolean tentative;

	private long committedDue;

	private long committedRecords;

	private long committedCandidates;

	ResolveWhileLoading(ResolveProperties properties) {
		this.properties = properties;
	}

	/**
	 * Resolution while loading, or {@code null} when these settings leave every record to
	 * the resolve step.
	 */
	public static ResolveWhileLoading of(ResolveProperties properties) {
		if (!properties.enabled() || !properties.whileLoading() || properties.correctsPapers()) {
			return null;
		}
		return new ResolveWhileLoading(properties);
	}

	/**
	 * Notes {@code newRecords} written on {@code c} in the current transaction, and
	 * resolves a batch in it for each batch's worth written, merging the papers of the
	 * clusters each batch changed unless {@code merge-while-loading} is off.
	 * @return papers merged into others
	 */
	public int written(Connection c, long newRecords) {
		watchTransaction();
		this.due += newRecords;
		int batchSize = this.properties.batchSize();
		int merged = 0;
		while (this.due >= batchSize) {
			if (this.resolution == null) {
				this.resolution = this.properties.open(c);
			}
			StoredResolution.Batch batch = this.resolution.on(c).resolveBatch();
			if (batch == null) {
				this.due = 0;
				break;
			}
			this.due -= batchSize;
			this.records += batch.records();
			this.candidates += batch.candidatePairs();
			int batchMerged = 0;
			while (this.properties.mergeWhileLoading() && this.resolution.mergesPending()) {
				batchMerged += this.resolution.mergePapers(MERGES_PER_ROUND, this.properties.ranking());
			}
			merged += batchMerged;
			log.debug("resolve while loading: batch of {} records, {} candidate pairs, {} papers merged",
					batch.records(), batch.candidatePairs(), batchMerged);
		}
		return merged;
	}

	/**
	 * Rolled back, the transaction takes its records and batch with it: counts go back to
	 * the last commit and resolution is opened again from the committed state.
	 */
	private void watchTransaction() {
		if (this.tentative || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		this.tentative = true;
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				ResolveWhileLoading.this.tentative = false;
				if (status == STATUS_COMMITTED) {
					committed();
				}
				else {
					ResolveWhileLoading.this.due = ResolveWhileLoading.this.committedDue;
					ResolveWhileLoading.this.records = ResolveWhileLoading.this.committedRecords;
					ResolveWhileLoading.this.candidates = ResolveWhileLoading.this.committedCandidates;
					close();
				}
			}
		});
	}

	private void committed() {
		this.committedDue = this.due;
		this.committedRecords = this.records;
		this.committedCandidates = this.candidates;
	}

	/** Takes up the counts a stopped or failed execution of the step saved. */
	public void open(ExecutionContext context) {
		this.due = context.getLong(DUE, 0);
		this.records = context.getLong(RECORDS, 0);
		this.candidates = context.getLong(CANDIDATES, 0);
		committed();
	}

	/** Saves the counts with the chunk, in its transaction. */
	public void update(ExecutionContext context) {
		context.putLong(DUE, this.due);
		context.putLong(RECORDS, this.records);
		context.putLong(CANDIDATES, this.candidates);
	}

	/** Records resolved while loading, in this execution and those it restarted. */
	public long records() {
		return this.records;
	}

	/** Logs what was resolved while loading, once. */
	public void report() {
		if (this.records > 0 && !this.reported) {
			this.reported = true;
			log.info("resolve: {} records resolved while loading ({} candidate pairs); the resolve step takes the rest",
					this.records, this.candidates);
		}
	}

	@Override
	public void close() {
		if (this.resolution != null) {
			this.resolution.close();
			this.resolution = null;
		}
	}

}
