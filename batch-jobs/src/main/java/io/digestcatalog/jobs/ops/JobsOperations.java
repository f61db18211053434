package io.digestcatalog.jobs.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;

/**
 * What operators do to job executions: list, show, restart (recovering an execution left
 * STARTED by a killed process first).
 */
public class JobsOperations {

	private static final Logger log = LoggerFactory.getLogger(JobsOperations.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final boolean exclusiveDatabase;

	/**
	 * @param exclusiveDatabase whether this process holds the database alone (an embedded
	 * file database is locked to one process), so no other process can be running a job
	 */
	public JobsOperations(JobRepository jobRepository, JobOperator jobOperator, boolean exclusiveDatabase) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.exclusiveDatabase = exclusiveDatabase;
	}

	/** Executions of every job, newest first. */
	public List<JobExecutionView> list(int limit) {
		List<JobExecutionView> views = new ArrayList<>();
		for (String jobName : this.jobRepository.getJobNames()) {
			for (JobInstance instance : this.jobRepository.getJobInstances(jobName, 0, limit)) {
				for (JobExecution e : this.jobRepository.getJobExecutions(instance)) {
					views.add(JobExecutionView.of(e));
				}
			}
		}
		views.sort(Comparator.comparingLong(JobExecutionView::executionId).reversed());
		return views.subList(0, Math.min(limit, views.size()));
	}

	public JobExecutionView show(long executionId) {
		return JobExecutionView.of(execution(executionId));
	}

	/**
	 * Restarts a failed, stopped or dead execution of its instance; the new execution
	 * resumes from the last committed chunk.
	 * @param force recover an execution marked running even when another process could
	 * hold it
	 */
	public JobExecution restart(long executionId, boolean force) {
		JobExecution execution = execution(executionId);
		BatchStatus status = execution.getStatus();
		if (status == BatchStatus.COMPLETED) {
			throw new OperatorException("execution " + executionId + " completed; there is nothing to restart");
		}
		if (status == BatchStatus.ABANDONED) {
			throw new OperatorException("execution " + executionId + " was abandoned and cannot be restarted");
		}
		JobExecution last = this.jobRepository.getLastJobExecution(execution.getJobInstance().getJobName(),
				execution.getJobParameters());
		if (last != null && last.getId() != executionId) {
			throw new OperatorException("execution " + executionId + " is not the latest of its instance; restart "
					+ last.getId() + " (" + last.getStatus() + ") instead");
		}
		if (status.isRunning()) {
			if (!this.exclusiveDatabase && !force) {
				throw new OperatorException("execution " + executionId + " is " + status
						+ "; if its process is gone, restart it with --force");
			}
			log.info("execution {} was left {} by a process that is gone; marking it FAILED", executionId, status);
			execution = this.jobOperator.recover(execution);
		}
		try {
			return this.jobOperator.restart(execution);
		}
		catch (JobRestartException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new OperatorException("cannot restart execution " + executionId + ": " + cause.getMessage());
		}
	}

	private JobExecution execution(long executionId) {
		JobExecution execution;
		try {
			execution = this.jobRepository.getJobExecution(executionId);
		}
		catch (org.springframework.dao.EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw new OperatorException("no job execution " + executionId + " (see: digestcat jobs list)");
		}
		return execution;
	}

}
