package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** How a job run ends for the shell: its exit code, and for a failure what to do next. */
final class JobOutcome {

	private JobOutcome() {
	}

	/**
	 * Prints, for a run that did not complete, why and the command that goes on with it.
	 * @return the exit code
	 */
	static int report(PrintWriter err, JobExecution execution, String what, List<String> failures) {
		BatchStatus status = execution.getStatus();
		if (status == BatchStatus.COMPLETED) {
			return ExitCodes.OK;
		}
		String why = failures.isEmpty() ? execution.getExitStatus().getExitCode() : String.join("; ", failures);
		if (status == BatchStatus.ABANDONED) {
			err.println("error: " + what + " abandoned: " + why);
		}
		else if (status == BatchStatus.STOPPED || status == BatchStatus.STOPPING) {
			err.println(
					what + " stopped at a chunk boundary; resume it with: digestcat jobs restart " + execution.getId());
		}
		else {
			err.println("error: " + what + " failed: " + why);
			err.println("restart it with: digestcat jobs restart " + execution.getId());
		}
		err.flush();
		return ExitCodes.JOB_FAILED;
	}

}
