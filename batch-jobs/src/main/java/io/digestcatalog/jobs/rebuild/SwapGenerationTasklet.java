package io.digestcatalog.jobs.rebuild;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.digestcatalog.core.catalog.CatalogGenerations;

/**
 * Step {@code swapGeneration}: makes the new generation current in one update, then drops
 * generations beyond the number kept. Refuses when the base generation changed since the
 * rebuild read it, so nothing loaded or corrected meanwhile is lost.
 */
class SwapGenerationTasklet implements Tasklet {

	/**
	 * Step context key: how long the one update making the generation current took, in
	 * microseconds.
	 */
	static final String SWAP_MICROS = "swap.micros";

	/** Step context key: the generations dropped, comma-separated. */
	static final String DROPPED = "generations.dropped";

	private static final Logger log = LoggerFactory.getLogger(SwapGenerationTasklet.class);

	private final CatalogGenerations generations;

	private final JobRepository jobRepository;

	private final int keep;

	SwapGenerationTasklet(CatalogGenerations generations, JobRepository jobRepository, int keep) {
		this.generations = generations;
		this.jobRepository = jobRepository;
		this.keep = keep;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var stepExecution = chunkContext.getStepContext().getStepExecution();
		RebuildContext rebuild = RebuildContext.of(stepExecution.getJobExecution());
		CatalogGenerations.Generation current = this.generations.current();
		if (current.id() != rebuild.target()) {
			if (current.id() != rebuild.base()) {
				throw new StaleGenerationException(
						"generation " + current.id() + " was made current after this rebuild " + "read generation "
								+ rebuild.base() + "; start a new rebuild (digestcat rebuild)");
			}
			String now = this.generations.fingerprint(rebuild.base());
			if (!now.equals(rebuild.baseFingerprint())) {
				throw new StaleGenerationException("generation " + rebuild.base()
						+ " changed since this rebuild read it (" + rebuild.baseFingerprint() + ", now " + now
						+ "): a run loaded or corrected it; start a new rebuild (digestcat rebuild)");
			}
			this.generations.complete(rebuild.target());
			long micros = this.generations.makeCurrent(rebuild.target());
			stepExecution.getExecutionContext().putLong(SWAP_MICROS, micros);
			log.info("generation {} is current (was {}); the swap took {} ms", rebuild.target(), rebuild.base(),
					String.format("%.1f", micros / 1000.0));
		}
		List<Integer> dropped = this.generations.prune(this.keep, restartable());
		if (!dropped.isEmpty()) {
			log.info("dropped generation{} {} (keeping {})", (dropped.size() > 1) ? "s" : "", dropped, this.keep);
		}
		stepExecution.getExecutionContext()
			.putString(DROPPED, dropped.stream().map(String::valueOf).collect(Collectors.joining(",")));
		contribution.incrementWriteCount(1);
		return RepeatStatus.FINISHED;
	}

	/** Generations being built by rebuilds that can still be restarted or are running. */
	private Set<Integer> restartable() {
		return this.generations.list()
			.stream()
			.filter(g -> "BUILDING".equals(g.state()) && g.jobExecutionId() != null)
			.filter(g -> {
				JobExecution e = this.jobRepository.getJobExecution(g.jobExecutionId());
				if (e == null) {
					return false;
				}
				JobExecution last = this.jobRepository.getLastJobExecution(e.getJobInstance().getJobName(),
						e.getJobParameters());
				BatchStatus status = (last != null) ? last.getStatus() : e.getStatus();
				return status != BatchStatus.ABANDONED && status != BatchStatus.COMPLETED;
			})
			.map(CatalogGenerations.Generation::id)
			.collect(Collectors.toSet());
	}

}
