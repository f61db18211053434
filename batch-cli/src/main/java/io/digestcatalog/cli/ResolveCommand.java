package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import io.digestcatalog.jobs.ops.ExclusiveRuns;
import io.digestcatalog.jobs.resolve.ResolveStepConfiguration;
import io.digestcatalog.jobs.resolve.ResolveTasklet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code digestcat resolve [--full]}: entity resolution alone, as the {@code resolve}
 * job, after an operator changed corrections or the ranking, or to check that the stored
 * resolution equals a full one.
 */
@Component
@Command(name = "resolve", mixinStandardHelpOptions = true,
		description = { "Runs entity resolution over the catalog (ingest runs it too, on its new records).",
				"Without --full only records no run has resolved are compared; with --full every record is "
						+ "resolved again, which ends in the same clusters unless corrections were removed." })
class ResolveCommand implements Callable<Integer> {

	@Option(names = "--full", description = "Resolve every record again, not only new ones.")
	boolean full;

	@Option(names = "--json", description = "Print the summary as JSON.")
	boolean json;

	@Spec
	CommandSpec spec;

	private final JobOperator jobOperator;

	private final Job resolveJob;

	private final ExclusiveRuns runs;

	ResolveCommand(JobOperator jobOperator, Job resolveJob, ExclusiveRuns runs) {
		this.jobOperator = jobOperator;
		this.resolveJob = resolveJob;
		this.runs = runs;
	}

	/**
	 * What a resolve run did.
	 *
	 * @param executionId the job execution
	 * @param status how it ended
	 * @param full whether every record was resolved again
	 * @param records records in the catalog
	 * @param compared records compared in this run
	 * @param candidatePairs pairs scored in this run
	 * @param papersMerged papers merged into others
	 * @param seconds wall time
	 * @param failure why it failed (first line), or {@code null}
	 */
	record Summary(long executionId, String status, boolean full, long records, long compared, long candidatePairs,
			long papersMerged, double seconds, String failure) {

		static Summary of(JobExecution execution) {
			StepExecution step = execution.getStepExecutions().stream().findFirst().orElse(null);
			var context = (step != null) ? step.getExecutionContext() : null;
			Duration took = (execution.getStartTime() != null && execution.getEndTime() != null)
					? Duration.between(execution.getStartTime(), execution.getEndTime()) : Duration.ZERO;
			String failure = execution.getAllFailureExceptions()
				.stream()
				.map(ex -> (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName())
				.map(message -> message.lines().findFirst().orElse(message))
				.findFirst()
				.orElse((execution.getStatus() == BatchStatus.COMPLETED) ? null
						: execution.getExitStatus().getExitCode());
			return new Summary(execution.getId(), execution.getStatus().name(),
					Boolean.parseBoolean(execution.getJobParameters().getString(ResolveStepConfiguration.FULL)),
					(context != null) ? context.getLong(ResolveTasklet.RECORDS, 0) : 0,
					(context != null) ? context.getLong(ResolveTasklet.FRESH, 0) : 0,
					(context != null) ? context.getLong(ResolveTasklet.CANDIDATES, 0) : 0,
					(step != null) ? step.getWriteCount() : 0, took.toMillis() / 1000.0, failure);
		}

		void print(PrintWriter out) {
			out.printf("resolve %s: %s in %.1f s: %d records, %d compared (%d candidate pairs), %d papers merged%n",
					this.full ? "(full)" : "(incremental)", this.status, this.seconds, this.records, this.compared,
					this.candidatePairs, this.papersMerged);
			out.flush();
		}

	}

	@Override
	public Integer call() {
		return this.runs.run("digestcat resolve", () -> {
			JobExecution execution;
			try {
				execution = this.jobOperator.start(this.resolveJob,
						new JobParametersBuilder().addLong("run.id", System.currentTimeMillis())
							.addString(ResolveStepConfiguration.FULL, String.valueOf(this.full))
							.toJobParameters());
			}
			catch (Exception ex) {
				throw (ex instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException(ex.getMessage(), ex);
			}
			Summary summary = Summary.of(execution);
			PrintWriter out = this.spec.commandLine().getOut();
			if (this.json) {
				Output.json(out, summary);
			}
			else {
				summary.print(out);
			}
			return JobOutcome.report(this.spec.commandLine().getErr(), execution, "resolve",
					(summary.failure() != null) ? java.util.List.of(summary.failure()) : java.util.List.of());
		});
	}

}
