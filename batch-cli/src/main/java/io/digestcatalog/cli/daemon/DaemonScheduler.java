package io.digestcatalog.cli.daemon;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

import io.digestcatalog.core.catalog.RunLock;
import io.digestcatalog.core.catalog.RunLockHeldException;
import io.digestcatalog.jobs.ops.ExclusiveRuns;
import io.digestcatalog.jobs.ops.JobsOperations;

/**
 * Runs the configured jobs on their cron schedules, one at a time: ticks fire on their
 * own thread and hand the job to the one job thread; a tick that falls while a job runs
 * (this daemon's, or another process's holding the run lock) is skipped and logged, never
 * queued. On shutdown it stops taking ticks, asks a job another process runs through this
 * daemon's database to stop at its chunk boundary, and waits for it.
 */
class DaemonScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DaemonScheduler.class);

	private final DaemonProperties properties;

	private final DaemonJobs jobs;

	private final ExclusiveRuns runs;

	private final JobsOperations operations;

	private final Duration stopTimeout;

	private final AtomicReference<Running> running = new AtomicReference<>();

	private final Map<String, ScheduleState> states = new LinkedHashMap<>();

	private ThreadPoolTaskScheduler ticks;

	private ExecutorService worker;

	private volatile boolean accepting;

	DaemonScheduler(DaemonProperties properties, DaemonJobs jobs, ExclusiveRuns runs, JobsOperations operations,
			Duration stopTimeout) {
		this.properties = properties;
		this.jobs = jobs;
		this.runs = runs;
		this.operations = operations;
		this.stopTimeout = stopTimeout;
		properties.schedule().forEach(s -> this.states.put(s.name(), new ScheduleState(s)));
	}

	@Override
	public void start() {
		this.worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "daemon-job"));
		this.ticks = new ThreadPoolTaskScheduler();
		this.ticks.setThreadNamePrefix("daemon-tick-");
		this.ticks.setPoolSize(1);
		this.ticks.initialize();
		this.accepting = true;
		for (DaemonProperties.Schedule s : this.properties.schedule()) {
			this.ticks.schedule(() -> tick(s), new CronTrigger(s.cron(), this.properties.zone()));
			log.info("schedule {}: {} at \"{}\" ({}), next at {}", s.name(), s.job(), s.cron(), this.properties.zone(),
					next(s));
		}
		if (this.properties.schedule().isEmpty()) {
			log.info("no jobs scheduled (digestcat.daemon.schedule is empty); serving the catalog and health only");
		}
	}

	void tick(DaemonProperties.Schedule s) {
		if (!this.accepting) {
			return;
		}
		ScheduleState state = this.states.get(s.name());
		Running mine = new Running(s.name(), Instant.now());
		Running other = this.running.compareAndExchange(null, mine);
		if (other != null) {
			state.skipped("the run of " + other.schedule() + " (since " + other.since() + ") is still going");
			log.info("{}: tick skipped: the run of {} started at {} is still going", s.name(), other.schedule(),
					other.since());
			return;
		}
		this.worker.submit(() -> run(s, state));
	}

	private void run(DaemonProperties.Schedule s, ScheduleState state) {
		try {
			log.info("{}: starting {}", s.name(), s.job());
			JobExecution e = this.runs.run("digestcat daemon: " + s.name(), () -> this.jobs.launch(s));
			state.ran(e);
			log.info("{}: {} execution {} {}{}", s.name(), s.job(), e.getId(), e.getStatus(),
					e.getStatus().isUnsuccessful() ? "; see: digestcat jobs show " + e.getId() : "");
		}
		catch (RunLockHeldException ex) {
			state.skipped("another run holds the catalog: " + ex.holder().describe());
			log.info("{}: tick skipped: another run holds the catalog: {}", s.name(), ex.holder().describe());
		}
		catch (RuntimeException ex) {
			state.failed(ex.getMessage());
			log.error("{}: {} could not run: {}", s.name(), s.job(), ex.getMessage());
		}
		finally {
			this.running.set(null);
		}
	}

	/** When the entry runs next. */
	Instant next(DaemonProperties.Schedule s) {
		return Optional.ofNullable(CronExpression.parse(s.cron()).next(Instant.now().atZone(this.properties.zone())))
			.map(java.time.ZonedDateTime::toInstant)
			.orElse(null);
	}

	/** What each schedule did last, for health. */
	List<Map<String, Object>> status() {
		return this.states.values().stream().map(st -> st.toMap(next(st.schedule))).toList();
	}

	/** The schedule entry running now, or {@code null}. */
	Running runningNow() {
		return this.running.get();
	}

	@Override
	public void stop() {
		this.accepting = false;
		if (this.ticks != null) {
			this.ticks.shutdown();
		}
		// this bean depends on the runs, so Spring stops it first: stop the job here
		this.runs.stopRunning();
		waitForAnotherProcessesRun();
		if (this.worker != null) {
			this.worker.shutdown();
			try {
				this.worker.awaitTermination(this.stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * A job another process runs through this daemon's database would lose it mid-chunk:
	 * ask it to stop at its next boundary and wait for its lease to go.
	 */
	private void waitForAnotherProcessesRun() {
		long me = ProcessHandle.current().pid();
		Optional<RunLock.Holder> other = this.runs.holder().filter(h -> h.alive() && h.pid() != me);
		if (other.isEmpty()) {
			return;
		}
		if (other.get().jobExecutionId() != null) {
			log.info("stopping: asking {} to stop at its next chunk boundary", other.get().describe());
			try {
				this.operations.stop(other.get().jobExecutionId());
			}
			catch (RuntimeException ex) {
				log.info("could not ask it to stop: {}", ex.getMessage());
			}
		}
		long deadline = System.nanoTime() + this.stopTimeout.toNanos();
		while (System.nanoTime() < deadline
				&& this.runs.holder().filter(h -> h.alive() && h.id().equals(other.get().id())).isPresent()) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.accepting;
	}

	/** After the running jobs are stopped (ExclusiveRuns); before the database server. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

	/**
	 * The entry a job runs for.
	 *
	 * @param schedule its name
	 * @param since when its tick fell
	 */
	record Running(String schedule, Instant since) {

	}

	/** What one schedule entry did last. */
	private static final class ScheduleState {

		private final DaemonProperties.Schedule schedule;

		private volatile String last = "not run yet";

		private volatile Long lastExecution;

		private volatile Instant lastAt;

		private volatile long runs;

		private volatile long skips;

		ScheduleState(DaemonProperties.Schedule schedule) {
			this.schedule = schedule;
		}

		void ran(JobExecution e) {
			this.runs++;
			this.lastExecution = e.getId();
			this.last = e.getStatus().name();
			this.lastAt = Instant.now();
		}

		void skipped(String why) {
			this.skips++;
			this.last = "skipped: " + why;
			this.lastAt = Instant.now();
		}

		void failed(String why) {
			this.last = "could not run: " + why;
			this.lastAt = Instant.now();
		}

		Map<String, Object> toMap(Instant next) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", this.schedule.name());
			m.put("job", this.schedule.job());
			m.put("cron", this.schedule.cron());
			m.put("next", String.valueOf(next));
			m.put("last", this.last);
			m.put("lastAt", String.valueOf(this.lastAt));
			m.put("lastExecution", this.lastExecution);
			m.put("runs", this.runs);
			m.put("skipped", this.skips);
			return m;
		}

	}

}
