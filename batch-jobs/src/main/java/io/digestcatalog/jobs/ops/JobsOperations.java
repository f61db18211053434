package io.digestcatalog.jobs.ops;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;

import io.digestcatalog.core.catalog.CatalogGenerations;
import io.digestcatalog.core.catalog.RunLock;

/**
 * What operators do to job executions, from any process while another runs a job: list,
 * show, restart, rerun the failed, stop, abandon and recover. Whether an execution marked
 * running really runs is told by the run lock: a live holder protecting it.
 */
public class JobsOperations {

	/** How often {@link #stop} asks when the running process keeps updating the step. */
	private static final int STOP_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(JobsOperations.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final ExclusiveRuns runs;

	private final CatalogGenerations generations;

	public JobsOperations(JobRepository jobRepository, JobOperator jobOperator, ExclusiveRuns runs,
			CatalogGenerations generations) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.runs = runs;
		this.generations = generations;
	}

	/**
	 * Which executions to list.
	 *
	 * @param statuses only these statuses (empty: any)
	 * @param since only those started (or created) within this long, or {@code null}
	 * @param job only this job, or {@code null}
	 * @param limit at most this many
	 */
	public record Query(Set<BatchStatus> statuses, Duration since, String job, int limit) {

		public static Query latest(int limit) {
			return new Query(Set.of(), null, null, limit);
		}

	}

	/** Executions matching the query, newest first. */
	public List<JobExecutionView> list(Query query) {
		LocalDateTime after = (query.since() != null) ? LocalDateTime.now().minus(query.since()) : null;
		Optional<RunLock.Holder> holder = liveHolder();
		List<JobExecution> found = new ArrayList<>();
		for (String jobName : this.jobRepository.getJobNames()) {
			if (query.job() != null && !query.job().equals(jobName)) {
				continue;
			}
			for (JobInstance instance : this.jobRepository.getJobInstances(jobName, 0, Integer.MAX_VALUE)) {
				for (JobExecution e : this.jobRepository.getJobExecutions(instance)) {
					LocalDateTime when = (e.getStartTime() != null) ? e.getStartTime() : e.getCreateTime();
					if ((query.statuses().isEmpty() || query.statuses().contains(e.getStatus()))
							&& (after == null || (when != null && when.isAfter(after)))) {
						found.add(e);
					}
				}
			}
		}
		return found.stream()
			.sorted(Comparator.comparingLong(JobExecution::getId).reversed())
			.limit(Math.max(0, query.limit()))
			.map(e -> JobExecutionView.of(e, runningIn(e, holder), null))
			.toList();
	}

	/** One execution with its steps, what failed, and the command to run next. */
	public JobExecutionView show(long executionId) {
		JobExecution e = execution(executionId);
		Optional<RunLock.Holder> holder = liveHolder();
		return JobExecutionView.of(e, runningIn(e, holder), next(e, holder));
	}

	/**
	 * Restarts a failed, stopped or dead execution of its instance; the new execution
	 * resumes from the last committed chunk. Run under the run lock: an execution still
	 * marked running then belongs to a process that is gone, and is recovered first.
	 */
	public JobExecution restart(long executionId) {
		return this.runs.run("digestcat jobs restart " + executionId, () -> {
			JobExecution execution = restartable(execution(executionId));
			if (execution.getStatus().isRunning()) {
				log.info("execution {} was left {} by a process that is gone; marking it FAILED", executionId,
						execution.getStatus());
				execution = this.jobOperator.recover(execution);
			}
			try {
				return this.jobOperator.restart(execution);
			}
			catch (JobRestartException ex) {
				Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
				throw new OperatorException("cannot restart execution " + executionId + ": " + cause.getMessage());
			}
			catch (Exception ex) {
				throw new OperatorException("cannot restart execution " + executionId + ": " + ex.getMessage());
			}
		});
	}

	/**
	 * The executions {@code jobs rerun-failed} restarts: the latest execution of every
	 * instance that ended FAILED or STOPPED, oldest first.
	 */
	public List<JobExecutionView> failed() {
		List<JobExecution> latest = new ArrayList<>();
		for (String jobName : this.jobRepository.getJobNames()) {
			for (JobInstance instance : this.jobRepository.getJobInstances(jobName, 0, Integer.MAX_VALUE)) {
				JobExecution last = this.jobRepository.getLastJobExecution(instance);
				if (last != null
						&& (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
					latest.add(last);
				}
			}
		}
		return latest.stream().sorted(Comparator.comparingLong(JobExecution::getId)).map(JobExecutionView::of).toList();
	}

	/**
	 * Asks a running execution, in whatever process runs it, to stop at its next chunk
	 * boundary; it ends STOPPED and can be restarted.
	 */
	public JobExecutionView stop(long executionId) {
		JobExecution e = execution(executionId);
		if (!e.isRunning()) {
			throw new NothingToDoException("execution " + executionId + " is " + e.getStatus() + ", not running");
		}
		if (e.getStatus() == BatchStatus.STOPPING) {
			throw new NothingToDoException("execution " + executionId + " is stopping already");
		}
		if (runningIn(e, liveHolder()) == null) {
			throw new NothingToDoException("execution " + executionId + " is marked " + e.getStatus()
					+ " but no live process runs it (it was killed): recover it with digestcat jobs recover "
					+ executionId);
		}
		for (int attempt = 1;; attempt++) {
			try {
				this.jobOperator.stop(e);
				break;
			}
			catch (OptimisticLockingFailureException ex) {
				// the running process committed a chunk between our read and our update
				// of
				// its step: read it again and ask again
				if (attempt == STOP_ATTEMPTS) {
					throw new OperatorException("cannot stop execution " + executionId + ": " + ex.getMessage());
				}
				e = execution(executionId);
				if (!e.isRunning()) {
					break;
				}
			}
			catch (Exception ex) {
				throw new OperatorException("cannot stop execution " + executionId + ": " + ex.getMessage());
			}
		}
		return show(executionId);
	}

	/**
	 * Gives up a failed or stopped execution for good: it will not be restarted, and a
	 * rebuild's unfinished generation is dropped.
	 */
	public JobExecutionView abandon(long executionId) {
		JobExecution e = restartable(execution(executionId));
		if (e.isRunning()) {
			throw new OperatorException("execution " + executionId + " is " + e.getStatus()
					+ "; stop it first (digestcat jobs stop " + executionId + "), or recover it if its process died");
		}
		try {
			this.jobOperator.abandon(e);
		}
		catch (Exception ex) {
			throw new OperatorException("cannot abandon execution " + executionId + ": " + ex.getMessage());
		}
		dropUnfinishedGeneration(e);
		return show(executionId);
	}

	/**
	 * Marks an execution left running by a killed process FAILED, so it can be restarted.
	 * Refused while a live process holds it.
	 */
	public JobExecutionView recover(long executionId) {
		JobExecution e = execution(executionId);
		if (!e.isRunning()) {
			throw new NothingToDoException(
					"execution " + executionId + " is " + e.getStatus() + ": there is nothing to recover");
		}
		String runningIn = runningIn(e, liveHolder());
		if (runningIn != null) {
			throw new OperatorException("execution " + executionId + " is running in " + runningIn
					+ "; stop it with digestcat jobs stop " + executionId);
		}
		this.jobOperator.recover(e);
		return show(executionId);
	}

	private void dropUnfinishedGeneration(JobExecution abandoned) {
		Set<Long> ofInstance = new java.util.HashSet<>();
		this.jobRepository.getJobExecutions(abandoned.getJobInstance()).forEach(x -> ofInstance.add(x.getId()));
		for (CatalogGenerations.Generation g : this.generations.list()) {
			if ("BUILDING".equals(g.state()) && g.jobExecutionId() != null && ofInstance.contains(g.jobExecutionId())) {
				this.generations.drop(g.id());
				log.info("dropped generation {}, which the abandoned rebuild was filling", g.id());
			}
		}
	}

	/** The execution, if it is the latest of its instance and not finished for good. */
	private JobExecution restartable(JobExecution execution) {
		long id = execution.getId();
		BatchStatus status = execution.getStatus();
		if (status == BatchStatus.COMPLETED) {
			throw new NothingToDoException("execution " + id + " completed; there is nothing to restart");
		}
		if (status == BatchStatus.ABANDONED) {
			throw new NothingToDoException("execution " + id + " was abandoned and cannot be restarted");
		}
		JobExecution last = this.jobRepository.getLastJobExecution(execution.getJobInstance());
		if (last != null && last.getId() != id) {
			throw new OperatorException("execution " + id + " is not the latest of its instance; use " + last.getId()
					+ " (" + last.getStatus() + ") instead");
		}
		return execution;
	}

	/** The command an operator runs next on this execution, or {@code null}. */
	private String next(JobExecution e, Optional<RunLock.Holder> holder) {
		long id = e.getId();
		JobExecution last = this.jobRepository.getLastJobExecution(e.getJobInstance());
		if (last != null && last.getId() != id) {
			return "digestcat jobs show " + last.getId() + "   (execution " + last.getId() + " took it over)";
		}
		return switch (e.getStatus()) {
			case COMPLETED, ABANDONED, UNKNOWN -> null;
			case FAILED, STOPPED ->
				"digestcat jobs restart " + id + "   (or give it up: digestcat jobs abandon " + id + ")";
			case STARTING, STARTED, STOPPING -> (runningIn(e, holder) != null) ? "digestcat jobs stop " + id
					: "digestcat jobs recover " + id + " && digestcat jobs restart " + id;
		};
	}

	/** The live process running the execution, in words, or {@code null}. */
	private static String runningIn(JobExecution e, Optional<RunLock.Holder> holder) {
		if (!e.isRunning() || holder.isEmpty()) {
			return null;
		}
		RunLock.Holder h = holder.get();
		Long attached = h.jobExecutionId();
		return (attached != null && attached == e.getId()) ? "pid " + h.pid() + " on " + h.host() : null;
	}

	private Optional<RunLock.Holder> liveHolder() {
		return this.runs.holder().filter(RunLock.Holder::alive);
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
