package io.digestcatalog.cli.worker;

import java.io.PrintStream;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

import io.digestcatalog.jobs.remote.PartitionRequests;

/**
 * Runs the partitions the broker hands this worker: each request names a partition's step
 * execution in the shared job repository, which Spring Batch's handler runs and records
 * there. A request is acknowledged as soon as it is taken, so the broker never hands a
 * partition whose worker died to another one: the manager's timeout finds it, and a
 * restart sends it again.
 */
final class PartitionWorker implements MessageListener {

	private final StepExecutionRequestHandler handler;

	private final PrintStream out;

	PartitionWorker(StepExecutionRequestHandler handler, PrintStream out) {
		this.handler = handler;
		this.out = out;
	}

	@Override
	public void onMessage(Message message) {
		StepExecutionRequest request;
		try {
			message.acknowledge();
			if (!(message instanceof TextMessage text)) {
				this.out.println("worker: skipped a message that is not a partition request");
				return;
			}
			request = PartitionRequests.decode(text.getText());
		}
		catch (JMSException | IllegalArgumentException ex) {
			this.out.println("worker: skipped a message: " + ex.getMessage());
			return;
		}
		this.out.println("worker: partition " + request.getStepName() + " (step execution "
				+ request.getStepExecutionId() + ") started");
		StepExecution done;
		try {
			done = this.handler.handle(request);
		}
		catch (RuntimeException ex) {
			// e.g. a request of another catalog's manager: each catalog wants a queue of
			// its
			// own (digestcat.remote.queue); the manager's timeout finds the partition
			this.out.println("worker: partition " + request.getStepName() + " (step execution "
					+ request.getStepExecutionId() + ") not run: " + ex.getMessage());
			return;
		}
		this.out.println("worker: partition " + done.getStepName() + " (step execution " + done.getId() + ") "
				+ done.getStatus() + ", " + done.getWriteCount() + " written");
	}

}
