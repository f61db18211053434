package io.digestcatalog.jobs.ops;

import org.springframework.batch.core.job.JobExecution;

/**
 * A job execution of this process ended, whatever its status: what the metrics push and
 * the run report hang on.
 *
 * @param execution the execution, with its steps
 */
public record JobFinished(JobExecution execution) {

}
