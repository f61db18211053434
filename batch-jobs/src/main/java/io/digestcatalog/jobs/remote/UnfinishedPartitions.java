package io.digestcatalog.jobs.remote;

import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * When a remote partitioned step ends unfinished (its timeout passed), the partitions no
 * worker finished are marked FAILED: their workers died or hang, and a partition left
 * STARTED would keep the job from being restarted. The restart sends exactly these again.
 */
final class UnfinishedPartitions implements StepExecutionListener {

	private final JobRepository jobRepository;

	private final String workerStep;

	UnfinishedPartitions(JobRepository jobRepository, String workerStep) {
		this.jobRepository = jobRepository;
		this.workerStep = workerStep;
	}

	@Override
	public ExitStatus afterStep(StepExecution managerStep) {
		if (managerStep.getStatus() == BatchStatus.COMPLETED) {
			return null;
		}
		JobExecution job = this.jobRepository.getJobExecution(managerStep.getJobExecutionId());
		if (job == null) {
			return null;
		}
		for (StepExecution seen : job.getStepExecutions()) {
			if (!seen.getStepName().startsWith(this.workerStep + ":")) {
				continue;
			}
			// the worker's last word, not the copy this process made when it split
			StepExecution partition = this.jobRepository.getStepExecution(seen.getId());
			if (partition != null && partition.getStatus().isRunning()) {
				partition.setStatus(BatchStatus.FAILED);
				partition.setExitStatus(ExitStatus.FAILED.addExitDescription("no worker finished this partition "
						+ "in time (digestcat.remote.partition-timeout): its worker died or hangs; a restart sends it "
						+ "again"));
				partition.setEndTime(LocalDateTime.now());
				this.jobRepository.update(partition);
			}
		}
		return null;
	}

}
