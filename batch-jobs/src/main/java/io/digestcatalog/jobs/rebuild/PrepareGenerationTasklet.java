package io.digestcatalog.jobs.rebuild;

import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.digestcatalog.core.catalog.CatalogGenerations;

/**
 * Step {@code prepareGeneration}: a new, empty catalog generation based on the current
 * one, with the operator's corrections copied so the rebuild honours them from its first
 * entry. Repeated after a failure, it takes up the generation it began.
 */
class PrepareGenerationTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(PrepareGenerationTasklet.class);

	private final CatalogGenerations generations;

	private final JobRepository jobRepository;

	PrepareGenerationTasklet(CatalogGenerations generations, JobRepository jobRepository) {
		this.generations = generations;
		this.jobRepository = jobRepository;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		if (RebuildContext.of(execution) != null) {
			return RepeatStatus.FINISHED;
		}
		CatalogGenerations.Generation base = this.generations.current();
		CatalogGenerations.Generation target = begunByThisInstance(execution);
		if (target == null) {
			target = this.generations.create(execution.getId());
		}
		int corrections = this.generations.copyCorrections(base.id(), target.id());
		new RebuildContext(target.id(), base.id(), this.generations.fingerprint(base.id())).saveIn(execution,
				target.schema());
		log.info("rebuilding generation {} (current) into generation {}{}", base.id(), target.id(),
				(corrections > 0) ? ", with the " + corrections + " corrections of the current one" : "");
		contribution.incrementWriteCount(1);
		return RepeatStatus.FINISHED;
	}

	/** A generation an earlier execution of this instance began before it failed here. */
	private CatalogGenerations.Generation begunByThisInstance(JobExecution execution) {
		Set<Long> executions = this.jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.map(JobExecution::getId)
			.collect(Collectors.toSet());
		return this.generations.list()
			.stream()
			.filter(g -> "BUILDING".equals(g.state()) && g.jobExecutionId() != null
					&& executions.contains(g.jobExecutionId()))
			.findFirst()
			.orElse(null);
	}

}
