package io.digestcatalog.cli.worker;

import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.boot.artemis.autoconfigure.ArtemisProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

import io.digestcatalog.jobs.remote.RemoteProperties;

/**
 * {@code digestcat worker}: takes partition requests from the broker's queue and runs
 * them, {@code digestcat.remote.worker-concurrency} at a time.
 */
@Configuration(proxyBeanMethods = false)
@Profile("worker")
// the worker's own connection factory makes Boot's Artemis configuration back off, its
// properties too
@EnableConfigurationProperties(ArtemisProperties.class)
class WorkerConfiguration {

	@Bean
	StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository jobRepository, ApplicationContext context) {
		StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
		handler.setJobRepository(jobRepository);
		// steps by their names (a bean's name may differ from its step's)
		handler.setStepLocator(name -> context.getBeansOfType(Step.class)
			.values()
			.stream()
			.filter(step -> step.getName().equals(name))
			.findFirst()
			.orElse(null));
		return handler;
	}

	/**
	 * A connection factory of the worker's own: with no window of messages taken ahead,
	 * so that a busy worker leaves waiting partitions to idle ones.
	 */
	@Bean(destroyMethod = "close")
	ActiveMQConnectionFactory workerConnectionFactory(ArtemisProperties artemis) {
		ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(artemis.getBrokerUrl(), artemis.getUser(),
				artemis.getPassword());
		factory.setConsumerWindowSize(0);
		return factory;
	}

	@Bean
	DefaultMessageListenerContainer partitionListener(ActiveMQConnectionFactory workerConnectionFactory,
			RemoteProperties properties, StepExecutionRequestHandler handler) {
		DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
		container.setConnectionFactory(workerConnectionFactory);
		container.setDestinationName(properties.queue());
		container.setSessionAcknowledgeMode(Session.CLIENT_ACKNOWLEDGE);
		container.setConcurrentConsumers(Math.max(1, properties.workerConcurrency()));
		container.setMessageListener(new PartitionWorker(handler, System.out));
		container.setRecoveryInterval(2_000);
		return container;
	}

}
