package io.digestcatalog.jobs.remote;

import jakarta.jms.ConnectionFactory;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.messaging.MessageChannel;

/**
 * The manager's side of remote partitioning: partition requests go from a channel to the
 * broker's queue, and a partitioned step built here waits for its partitions by reading
 * their states in the job repository (no reply queue: a worker that dies leaves its
 * partition unfinished, and the step fails when {@code partition-timeout} passes).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "digestcat.remote.enabled", havingValue = "true")
@EnableIntegration
public class RemotePartitioningConfiguration {

	/** Where the partition requests of this process are sent. */
	@Bean
	MessageChannel partitionRequests() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow partitionRequestsToBroker(MessageChannel partitionRequests, ConnectionFactory connectionFactory,
			RemoteProperties properties) {
		return IntegrationFlow.from(partitionRequests)
			.transform(StepExecutionRequest.class, PartitionRequests::encode)
			.handle(Jms.outboundAdapter(connectionFactory).destination(properties.queue()))
			.get();
	}

	/**
	 * A step whose partitions run in {@code digestcat worker} processes.
	 * @param name the step's name
	 * @param workerStep the name of the step each partition runs
	 * @param partitioner the partitions
	 * @param gridSize how many at most
	 */
	public static Step managerStep(String name, JobRepository jobRepository, String workerStep, Partitioner partitioner,
			int gridSize, MessageChannel partitionRequests, RemoteProperties properties) {
		return new RemotePartitioningManagerStepBuilder(name, jobRepository).partitioner(workerStep, partitioner)
			.gridSize(gridSize)
			.outputChannel(partitionRequests)
			.pollInterval(properties.pollInterval().toMillis())
			.timeout(properties.partitionTimeout().toMillis())
			.listener(new UnfinishedPartitions(jobRepository, workerStep))
			.build();
	}

}
