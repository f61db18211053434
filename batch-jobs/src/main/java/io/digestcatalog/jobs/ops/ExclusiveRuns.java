package io.digestcatalog.jobs.ops;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

import io.digestcatalog.core.catalog.RunLock;

/**
 * Runs whatever writes the catalog one at a time, under the run lock, and stops them
 * gracefully when the process is asked to stop (SIGTERM, Ctrl-C): each running job stops
 * at its next chunk boundary and ends STOPPED, restartable. It is a listener of every job
 * so the lock names the execution it protects.
 */
public class ExclusiveRuns implements JobExecutionListener, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ExclusiveRuns.class);

	private final RunLock lock;

	private final JobRepository jobRepository;

	private final ObjectProvider<JobOperator> jobOperator;

	private final Duration stopTimeout;

	private final ThreadLocal<Run> current = new ThreadLocal<>();

	private final Set<Run> runs = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	private volatile boolean stopping;

	private final io.digestcatalog.jobs.metrics.CatalogMetrics metrics;

	/**
	 * The jobs this process runs now: execution id to job name and start (epoch millis).
	 */
	private final java.util.Map<Long, java.util.Map.Entry<String, Long>> jobs = new ConcurrentHashMap<>();

	private final org.springframework.context.ApplicationEventPublisher events;

	public ExclusiveRuns(RunLock lock, JobRepository jobRepository, ObjectProvider<JobOperator> jobOperator,
			Duration stopTimeout, io.digestcatalog.jobs.metrics.CatalogMetrics metrics,
			org.springframework.context.ApplicationEventPublisher events) {
		this.metrics = metrics;
		this.events = events;
		this.lock = lock;
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.stopTimeout = stopTimeout;
	}

	/**
	 * Does the work holding the run lock; nested calls on the same thread share it.
	 * @param command what runs, as operators will see it beside the lock (e.g.
	 * {@code digestcat rebuild})
	 * @throws io.digestcatalog.core.catalog.RunLockHeldException when another live run
	 * holds it
	 */
	public <T> T run(String command, Supplier<T> work) {
		if (this.current.get() != null) {
			return work.get();
		}
		if (!this.running) {
			throw new OperatorException("this process is stopping; it starts no more runs");
		}
		Run run = new Run();
		long asked = System.nanoTime();
		try {
			run.lease = this.lock.acquire(command, () -> lost(run));
		}
		catch (io.digestcatalog.core.catalog.RunLockHeldException ex) {
			this.metrics.lockWait("held", Duration.ofNanos(System.nanoTime() - asked));
			throw ex;
		}
		this.metrics.lockWait("acquired", Duration.ofNanos(System.nanoTime() - asked));
		this.current.set(run);
		this.runs.add(run);
		try {
			return work.get();
		}
		finally {
			this.current.remove();
			this.runs.remove(run);
			run.lease.close();
			synchronized (this.runs) {
				this.runs.notifyAll();
			}
		}
	}

	/** The run lock's holder, alive or not. */
	public java.util.Optional<RunLock.Holder> holder() {
		return this.lock.holder();
	}

	/** The jobs this process runs now, by name, with when each started (epoch millis). */
	public java.util.Map<String, Long> runningJobs() {
		java.util.Map<String, Long> running = new java.util.HashMap<>();
		this.jobs.values().forEach(e -> running.merge(e.getKey(), e.getValue(), Math::min));
		return running;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		this.jobs.remove(jobExecution.getId());
		try {
			this.events.publishEvent(new JobFinished(jobExecution));
		}
		catch (RuntimeException ex) {
			// a report or a push that fails never fails the job
			log.warn("after execution {}: {}", jobExecution.getId(), ex.getMessage());
		}
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		this.jobs.put(jobExecution.getId(),
				java.util.Map.entry(jobExecution.getJobInstance().getJobName(), System.currentTimeMillis()));
		Run run = this.current.get();
		if (run != null) {
			run.executions.add(jobExecution.getId());
			run.lease.attach(jobExecution.getId());
		}
	}

	private void lost(Run run) {
		log.error("the run lock was lost (this process did not renew its lease in time and another took it); "
				+ "stopping the job executions it protected: {}", run.executions);
		stopAll(run);
	}

	private void stopAll(Run run) {
		for (Long id : run.executions) {
			JobExecution execution = this.jobRepository.getJobExecution(id);
			if (execution != null && execution.isRunning() && !execution.isStopping()) {
				try {
					this.jobOperator.getObject().stop(execution);
				}
				catch (Exception ex) {
					log.warn("could not stop execution {}: {}", id, ex.getMessage());
				}
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Stops every job this process runs at its next chunk boundary and waits (up to the
	 * stop timeout) for the runs to end, before the database goes away.
	 */
	@Override
	public void stop() {
		stopRunning();
		awaitRuns();
	}

	/**
	 * Starts no more runs, and asks the jobs this process runs to stop at their next
	 * chunk boundary; returns at once. (Spring stops the beans that depend on this one
	 * first: a scheduler calls this before it waits for its job thread.)
	 */
	public void stopRunning() {
		this.running = false;
		if (!this.runs.isEmpty() && !this.stopping) {
			this.stopping = true;
			log.info("stopping: the running job stops at its next chunk boundary and ends STOPPED (restartable)");
			this.runs.forEach(this::stopAll);
		}
	}

	/** Waits, up to the stop timeout, for this process's runs to end. */
	public void awaitRuns() {
		if (this.runs.isEmpty()) {
			return;
		}
		long deadline = System.nanoTime() + this.stopTimeout.toNanos();
		synchronized (this.runs) {
			while (!this.runs.isEmpty() && System.nanoTime() < deadline) {
				try {
					this.runs.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
		if (!this.runs.isEmpty()) {
			log.warn("the running job did not stop within {}; it is left STOPPING (recover it with digestcat jobs "
					+ "recover, then restart it)", this.stopTimeout);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// stopped first: before the web server, the scheduler and the database
		return Integer.MAX_VALUE;
	}

	private static final class Run {

		private RunLock.Lease lease;

		private final Set<Long> executions = ConcurrentHashMap.newKeySet();

	}

}
