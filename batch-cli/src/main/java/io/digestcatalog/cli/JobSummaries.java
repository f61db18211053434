package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;

import io.digestcatalog.jobs.ingest.IngestSummary;
import io.digestcatalog.jobs.rebuild.RebuildJobConfiguration;
import io.digestcatalog.jobs.rebuild.RebuildSummary;
import io.digestcatalog.jobs.resolve.ResolveStepConfiguration;
import picocli.CommandLine;

/** The summary of any job's execution, as the command that runs that job prints it. */
final class JobSummaries {

	private JobSummaries() {
	}

	/**
	 * Prints the execution's summary (text or JSON) and, when it did not complete, what
	 * to do next.
	 * @return the exit code
	 */
	static int report(CommandLine cli, JobExecution execution, boolean json) {
		PrintWriter out = cli.getOut();
		String job = execution.getJobInstance().getJobName();
		List<String> failures;
		Object summary;
		if (ResolveStepConfiguration.RESOLVE_JOB.equals(job)) {
			ResolveCommand.Summary resolved = ResolveCommand.Summary.of(execution);
			failures = (resolved.failure() != null) ? List.of(resolved.failure()) : List.of();
			summary = resolved;
			if (!json) {
				resolved.print(out);
			}
		}
		else if (RebuildJobConfiguration.JOB_NAME.equals(job)) {
			RebuildSummary rebuilt = RebuildSummary.of(execution);
			failures = rebuilt.failures();
			summary = rebuilt;
			if (!json) {
				RebuildPrinter.print(out, rebuilt);
			}
		}
		else {
			IngestSummary ingested = IngestSummary.of(execution);
			failures = ingested.failures();
			summary = ingested;
			if (!json) {
				SummaryPrinter.print(out, ingested);
			}
		}
		if (json) {
			Output.json(out, summary);
		}
		return JobOutcome.report(cli.getErr(), execution, job, failures);
	}

}
