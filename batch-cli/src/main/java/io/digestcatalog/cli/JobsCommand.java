package io.digestcatalog.cli;

import java.io.PrintWriter;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import io.digestcatalog.jobs.ingest.IngestSummary;
import io.digestcatalog.jobs.resolve.ResolveStepConfiguration;
import io.digestcatalog.jobs.ops.JobExecutionView;
import io.digestcatalog.jobs.ops.JobsOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code digestcat jobs list|show|restart}: what operators do to job executions. */
@Component
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List, show and restart job executions.")
class JobsCommand {

	@Spec
	CommandSpec spec;

	private final JobsOperations operations;

	JobsCommand(JobsOperations operations) {
		this.operations = operations;
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Job executions, newest first.")
	int list(@Option(names = "--json", description = "Print as JSON.") boolean json, @Option(names = "--limit",
			defaultValue = "20", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit) {
		var views = this.operations.list(limit);
		PrintWriter out = out();
		if (json) {
			Output.json(out, views);
			return ExitCodes.OK;
		}
		if (views.isEmpty()) {
			out.println("no job executions yet");
		}
		out.printf("%-6s %-10s %-10s %-10s %-20s %s%n", "ID", "JOB", "INSTANCE", "STATUS", "STARTED", "STEPS");
		for (JobExecutionView v : views) {
			StringBuilder steps = new StringBuilder();
			v.steps().forEach(s -> steps.append(s.name()).append('=').append(s.status()).append(' '));
			out.printf("%-6d %-10s %-10d %-10s %-20s %s%n", v.executionId(), v.jobName(), v.instanceId(), v.status(),
					time(v.started()), steps.toString().strip());
		}
		out.flush();
		return ExitCodes.OK;
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "One execution with its steps and counts.")
	int show(@Parameters(paramLabel = "<executionId>") long id,
			@Option(names = "--json", description = "Print as JSON.") boolean json) {
		JobExecutionView v = this.operations.show(id);
		PrintWriter out = out();
		if (json) {
			Output.json(out, v);
			return ExitCodes.OK;
		}
		out.printf("execution %d of %s (instance %d): %s, exit code %s%n", v.executionId(), v.jobName(), v.instanceId(),
				v.status(), v.exitCode());
		out.printf("  started %s, ended %s%n", time(v.started()), time(v.ended()));
		v.parameters().forEach((k, val) -> out.printf("  parameter %s = %s%n", k, val.replace("\n", ", ")));
		out.printf("  %-10s %-10s %8s %8s %8s %8s %9s%n", "STEP", "STATUS", "READ", "WRITTEN", "SKIPPED", "COMMITS",
				"ROLLBACKS");
		v.steps()
			.forEach(s -> out.printf("  %-10s %-10s %8d %8d %8d %8d %9d%n", s.name(), s.status(), s.read(), s.written(),
					s.skipped(), s.commits(), s.rollbacks()));
		v.failures().forEach(f -> out.println("  failure: " + f));
		out.flush();
		return ExitCodes.OK;
	}

	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = "Restart a failed, stopped or killed execution from its last committed chunk.")
	int restart(@Parameters(paramLabel = "<executionId>") long id,
			@Option(names = "--force",
					description = "Recover an execution marked running even if another "
							+ "process might hold it.") boolean force,
			@Option(names = "--json", description = "Print the summary as JSON.") boolean json) {
		JobExecution execution = this.operations.restart(id, force);
		PrintWriter out = out();
		out.printf("restarted execution %d as execution %d%n", id, execution.getId());
		if (ResolveStepConfiguration.RESOLVE_JOB.equals(execution.getJobInstance().getJobName())) {
			ResolveCommand.Summary resolved = ResolveCommand.Summary.of(execution);
			if (json) {
				Output.json(out, resolved);
			}
			else {
				resolved.print(out);
			}
			return failed(execution, resolved.failure());
		}
		IngestSummary summary = IngestSummary.of(execution);
		if (json) {
			Output.json(out, summary);
		}
		else {
			SummaryPrinter.print(out, summary);
		}
		return failed(execution, String.join("; ", summary.failures()));
	}

	private int failed(JobExecution execution, String why) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			this.spec.commandLine().getErr().println("error: restart failed: " + why);
			this.spec.commandLine().getErr().flush();
			return ExitCodes.JOB_FAILED;
		}
		return ExitCodes.OK;
	}

	private static String time(java.time.LocalDateTime t) {
		return (t != null) ? t.withNano(0).toString().replace('T', ' ') : "-";
	}

	private PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

}
