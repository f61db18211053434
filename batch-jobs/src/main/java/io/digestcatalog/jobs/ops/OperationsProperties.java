package io.digestcatalog.jobs.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How runs share the catalog ({@code digestcat.operations.*}).
 *
 * @param lockLease how long the run lock outlives a holder that stopped renewing it (a
 * holder on the same host whose process is gone loses it at once)
 * @param stopTimeout how long a process asked to stop (SIGTERM) waits for its running job
 * to reach a chunk boundary and end STOPPED
 */
@ConfigurationProperties("digestcat.operations")
public record OperationsProperties(@DefaultValue("30s") Duration lockLease, @DefaultValue("60s") Duration stopTimeout) {

}
