package io.digestcatalog.cli.monitoring;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

import io.digestcatalog.jobs.ops.JobFinished;

/**
 * Pushes a one-shot command's metrics to a Prometheus Pushgateway when each job run ends,
 * failed or not: a process that ends before any scrape still shows in Prometheus. The
 * group is the job's own ({@code job}, {@code batch_job}, {@code instance}), replaced by
 * each push, so it holds the latest run. A Pushgateway that cannot be reached costs one
 * warning line, never the job.
 */
public class MetricsPusher {

	private static final Logger log = LoggerFactory.getLogger(MetricsPusher.class);

	private final PrometheusMeterRegistry registry;

	private final MonitoringProperties.Pushgateway properties;

	public MetricsPusher(PrometheusMeterRegistry registry, MonitoringProperties.Pushgateway properties) {
		this.registry = registry;
		this.properties = properties;
	}

	@EventListener
	public void jobFinished(JobFinished finished) {
		push(finished.execution().getJobInstance().getJobName());
	}

	/** Replaces the job's group on the Pushgateway with this process's metrics now. */
	void push(String batchJob) {
		Map<String, String> key = new LinkedHashMap<>();
		key.put("batch_job", batchJob);
		key.put("instance", hostName());
		key.putAll(this.properties.groupingKey());
		PushGateway.Builder builder = PushGateway.builder()
			.address(this.properties.address())
			.job(this.properties.job())
			.registry(this.registry.getPrometheusRegistry());
		key.forEach(builder::groupingKey);
		try {
			builder.build().push();
			log.debug("pushed the metrics of {} to the Pushgateway at {}", batchJob, this.properties.address());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("could not push metrics to the Pushgateway at {}: {}", this.properties.address(),
					String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
