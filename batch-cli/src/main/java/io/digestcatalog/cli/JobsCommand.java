package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import io.digestcatalog.jobs.ops.ExclusiveRuns;
import io.digestcatalog.jobs.ops.JobExecutionView;
import io.digestcatalog.jobs.ops.JobsOperations;
import io.digestcatalog.jobs.report.ReportProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code digestcat jobs list|show|restart|rerun-failed|stop|abandon|recover}: what
 * operators do to job executions, also while another process (the daemon) runs one.
 */
@Component
@Command(name = "jobs", mixinStandardHelpOptions = true,
		description = "List, show, restart, stop, abandon and recover job executions.")
class JobsCommand {

	@Spec
	CommandSpec spec;

	private final JobsOperations operations;

	private final ExclusiveRuns runs;

	private final ReportProperties reports;

	JobsCommand(JobsOperations operations, ExclusiveRuns runs, ReportProperties reports) {
		this.operations = operations;
		this.runs = runs;
		this.reports = reports;
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Job executions, newest first.")
	int list(@Option(names = "--json", description = "Print as JSON.") boolean json,
			@Option(names = "--limit", defaultValue = "20",
					description = "At most this many (default: ${DEFAULT-VALUE}).") int limit,
			@Option(names = "--status", paramLabel = "S", split = ",",
					description = "Only these statuses (STARTED, COMPLETED, FAILED, STOPPED, ABANDONED, …).") List<String> statuses,
			@Option(names = "--since", paramLabel = "AGE", converter = AgeConverter.class,
					description = "Only those started within this age: 30m, 12h, 2d, 1w.") Duration since,
			@Option(names = "--job", paramLabel = "NAME",
					description = "Only this job: ingest, rebuild or resolve.") String job) {
		var views = this.operations.list(new JobsOperations.Query(statuses(statuses), since, job, limit));
		PrintWriter out = out();
		if (json) {
			Output.json(out, views);
			return ExitCodes.OK;
		}
		if (views.isEmpty()) {
			out.println("no job executions" + ((statuses != null || since != null || job != null) ? " match" : " yet"));
			out.flush();
			return ExitCodes.OK;
		}
		out.printf("%-6s %-8s %-9s %-10s %-20s %8s  %s%n", "ID", "JOB", "INSTANCE", "STATUS", "STARTED", "SECONDS",
				"STEPS");
		for (JobExecutionView v : views) {
			StringBuilder steps = new StringBuilder();
			v.steps()
				.stream()
				.filter(s -> !s.name().contains(":"))
				.forEach(s -> steps.append(s.name()).append('=').append(s.status()).append(' '));
			out.printf("%-6d %-8s %-9d %-10s %-20s %8.1f  %s%n", v.executionId(), v.jobName(), v.instanceId(),
					v.status(), time(v.started()), v.seconds(), steps.toString().strip());
		}
		out.flush();
		return ExitCodes.OK;
	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "One execution: every step with its counts, what failed and why, and the command to run "
					+ "next.")
	int show(@Parameters(paramLabel = "<executionId>") long id,
			@Option(names = "--json", description = "Print as JSON.") boolean json,
			@Option(names = "--report", description = "Print the path of the run's HTML report.") boolean report) {
		JobExecutionView v = this.operations.show(id);
		PrintWriter out = out();
		if (report) {
			java.nio.file.Path file = this.reports.fileOf(v.jobName(), v.executionId()).toAbsolutePath().normalize();
			if (!java.nio.file.Files.isRegularFile(file)) {
				throw new UserError("no report for execution " + id + " (" + file + "): reports are written when a "
						+ "run ends, by the process that ran it", ExitCodes.NOTHING_TO_DO);
			}
			out.println(file);
			out.flush();
			return ExitCodes.OK;
		}
		if (json) {
			Output.json(out, v);
			return ExitCodes.OK;
		}
		out.printf("execution %d of %s (instance %d): %s, exit code %s%n", v.executionId(), v.jobName(), v.instanceId(),
				v.status(), v.exitCode());
		out.printf("  started %s, ended %s, %.1f s%s%n", time(v.started()), time(v.ended()), v.seconds(),
				(v.runningIn() != null) ? ", running in " + v.runningIn() : "");
		v.parameters().forEach((k, val) -> out.printf("  parameter %s = %s%n", k, val.replace("\n", ", ")));
		out.printf("  %-34s %-9s %8s %8s %8s %8s %9s %8s%n", "STEP", "STATUS", "READ", "WRITTEN", "SKIPPED", "COMMITS",
				"ROLLBACKS", "SECONDS");
		for (JobExecutionView.StepView s : v.steps()) {
			out.printf("  %-34s %-9s %8d %8d %8d %8d %9d %8.1f%n", s.name(), s.status(), s.read(), s.written(),
					s.skipped(), s.commits(), s.rollbacks(), s.seconds());
			if (s.failedItem() != null) {
				out.println("      failed on: " + s.failedItem());
			}
			if (s.cause() != null) {
				out.println("      cause: " + s.cause());
			}
			else if (s.exitDescription() != null && !"COMPLETED".equals(s.status())) {
				out.println("      exit: " + s.exitDescription());
			}
		}
		if (v.cause() != null) {
			out.println("  cause: " + v.cause());
		}
		else {
			v.failures().forEach(f -> out.println("  failure: " + f));
		}
		out.println("  next: " + ((v.next() != null) ? v.next() : "nothing to do"));
		out.flush();
		return ExitCodes.OK;
	}

	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = { "Restarts a failed, stopped or killed execution from its last committed chunk.",
					"An execution left STARTED by a process that died is recovered first." })
	int restart(@Parameters(paramLabel = "<executionId>") long id,
			@Option(names = "--json", description = "Print the summary as JSON.") boolean json) {
		JobExecution execution = this.operations.restart(id);
		PrintWriter out = out();
		out.printf("restarted execution %d as execution %d%n", id, execution.getId());
		out.flush();
		return JobSummaries.report(this.spec.commandLine(), execution, json);
	}

	@Command(name = "rerun-failed", mixinStandardHelpOptions = true,
			description = { "Restarts every FAILED or STOPPED execution (the latest of its instance), oldest first, "
					+ "one line each.", "Exits 1 if any fails again." })
	int rerunFailed(@Option(names = "--dry-run", description = "Only list what would be restarted.") boolean dryRun,
			@Option(names = "--json", description = "Print the outcomes as JSON.") boolean json) {
		List<JobExecutionView> failed = this.operations.failed();
		PrintWriter out = out();
		List<Rerun> outcomes = new ArrayList<>();
		if (dryRun) {
			failed.forEach(v -> outcomes
				.add(new Rerun(v.executionId(), v.jobName(), v.status(), null, "would restart", v.cause())));
		}
		else {
			// one lease for the whole sweep: no other run slips in between
			this.runs.run("digestcat jobs rerun-failed", () -> {
				for (JobExecutionView v : failed) {
					outcomes.add(rerun(v));
				}
				return outcomes;
			});
		}
		if (json) {
			Output.json(out, outcomes);
		}
		else {
			if (outcomes.isEmpty()) {
				out.println("nothing to rerun: no execution ended FAILED or STOPPED");
			}
			outcomes.forEach(r -> out.printf("execution %d (%s, %s) %s%s%n", r.executionId(), r.job(), r.was(),
					(r.restartedAs() != null) ? "-> execution " + r.restartedAs() + " " + r.status() : r.status(),
					(r.failure() != null) ? ": " + r.failure() : ""));
			out.flush();
		}
		boolean anyFailed = !dryRun && outcomes.stream().anyMatch(r -> !"COMPLETED".equals(r.status()));
		return anyFailed ? ExitCodes.JOB_FAILED : ExitCodes.OK;
	}

	private Rerun rerun(JobExecutionView v) {
		try {
			JobExecution e = this.operations.restart(v.executionId());
			JobExecutionView done = this.operations.show(e.getId());
			return new Rerun(v.executionId(), v.jobName(), v.status(), e.getId(), e.getStatus().name(),
					"COMPLETED".equals(done.status()) ? null : done.cause());
		}
		catch (RuntimeException ex) {
			return new Rerun(v.executionId(), v.jobName(), v.status(), null, "NOT RESTARTED", Errors.messageOf(ex));
		}
	}

	/**
	 * What rerun-failed did with one execution.
	 *
	 * @param executionId the failed or stopped execution
	 * @param job its job
	 * @param was its status
	 * @param restartedAs the new execution, or {@code null}
	 * @param status how the new execution ended
	 * @param failure why it failed again, or {@code null}
	 */
	record Rerun(long executionId, String job, String was, Long restartedAs, String status, String failure) {

	}

	@Command(name = "stop", mixinStandardHelpOptions = true,
			description = { "Asks a running execution, in whatever process runs it (the daemon), to stop at its next "
					+ "chunk boundary; it ends STOPPED and can be restarted." })
	int stop(@Parameters(paramLabel = "<executionId>") long id,
			@Option(names = "--wait", description = "Wait until it has stopped.") boolean wait,
			@Option(names = "--json", description = "Print the execution as JSON.") boolean json)
			throws InterruptedException {
		JobExecutionView v = this.operations.stop(id);
		while (wait && ("STARTED".equals(v.status()) || "STOPPING".equals(v.status()) || "STARTING".equals(v.status()))
				&& v.runningIn() != null) {
			Thread.sleep(250);
			v = this.operations.show(id);
		}
		return printed(v, json, wait ? "execution %d is %s".formatted(id, v.status())
				: "execution %d is asked to stop at its next chunk boundary (%s)".formatted(id, v.runningIn()));
	}

	@Command(name = "abandon", mixinStandardHelpOptions = true,
			description = { "Gives up a failed or stopped execution for good: it is not restarted, and a rebuild's "
					+ "unfinished generation is dropped." })
	int abandon(@Parameters(paramLabel = "<executionId>") long id,
			@Option(names = "--json", description = "Print the execution as JSON.") boolean json) {
		return printed(this.operations.abandon(id), json, "execution %d is ABANDONED".formatted(id));
	}

	@Command(name = "recover", mixinStandardHelpOptions = true,
			description = { "Marks an execution left running by a process that died (SIGKILL, power loss) FAILED, so "
					+ "it can be restarted. Refused while a live process runs it." })
	int recover(@Parameters(paramLabel = "<executionId>") long id,
			@Option(names = "--json", description = "Print the execution as JSON.") boolean json) {
		return printed(this.operations.recover(id), json,
				"execution %d is FAILED; restart it with: digestcat jobs restart %d".formatted(id, id));
	}

	private int printed(JobExecutionView v, boolean json, String line) {
		PrintWriter out = out();
		if (json) {
			Output.json(out, v);
		}
		else {
			out.println(line);
			out.flush();
		}
		return ExitCodes.OK;
	}

	private static Set<BatchStatus> statuses(List<String> names) {
		if (names == null || names.isEmpty()) {
			return Set.of();
		}
		Set<BatchStatus> statuses = EnumSet.noneOf(BatchStatus.class);
		for (String name : names) {
			try {
				statuses.add(BatchStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new UserError("unknown status " + name + " (known: STARTING, STARTED, STOPPING, STOPPED, FAILED, "
						+ "COMPLETED, ABANDONED)", ExitCodes.USAGE);
			}
		}
		return statuses;
	}

	private static String time(java.time.LocalDateTime t) {
		return (t != null) ? t.withNano(0).toString().replace('T', ' ') : "-";
	}

	private PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

	/** {@code 30m}, {@code 12h}, {@code 2d}, {@code 1w}, or an ISO-8601 duration. */
	static final class AgeConverter implements ITypeConverter<Duration> {

		@Override
		public Duration convert(String value) {
			String v = value.strip().toLowerCase(Locale.ROOT);
			if (v.matches("\\d+[smhdw]")) {
				long n = Long.parseLong(v.substring(0, v.length() - 1));
				return switch (v.charAt(v.length() - 1)) {
					case 's' -> Duration.ofSeconds(n);
					case 'm' -> Duration.ofMinutes(n);
					case 'h' -> Duration.ofHours(n);
					case 'd' -> Duration.ofDays(n);
					default -> Duration.ofDays(7 * n);
				};
			}
			try {
				return Duration.parse(value.toUpperCase(Locale.ROOT));
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new picocli.CommandLine.TypeConversionException(
						"not an age: " + value + " (e.g. 30m, 12h, 2d, 1w)");
			}
		}

	}

}
