package io.digestcatalog.jobs.remote;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Remote partitioning ({@code digestcat.remote.*}): the partitions of a partitioned step
 * go to {@code digestcat worker} processes over the broker ({@code spring.artemis.*})
 * instead of threads of this process; the workers report through the shared job
 * repository.
 *
 * @param enabled send the partitions to workers (the catalog must be on a server, e.g.
 * the {@code postgres} profile)
 * @param queue the broker's queue of partition requests
 * @param partitionTimeout how long the manager waits for all partitions of a step; a
 * partition a killed worker held is found by it, and the step fails restartably
 * @param pollInterval how often the manager reads the partitions' states
 * @param workerConcurrency partitions one worker runs at once
 */
@ConfigurationProperties("digestcat.remote")
public record RemoteProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("digestcat.partitions") String queue, @DefaultValue("30m") Duration partitionTimeout,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2") int workerConcurrency) {

}
