package io.digestcatalog.cli.monitoring;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where one-shot runs push their metrics ({@code digestcat.monitoring.*}).
 *
 * @param pushgateway the Prometheus Pushgateway
 */
@ConfigurationProperties("digestcat.monitoring")
public record MonitoringProperties(@DefaultValue Pushgateway pushgateway) {

	/**
	 * A Prometheus Pushgateway.
	 *
	 * @param address {@code host:port}; empty for no push
	 * @param job the {@code job} label of the pushed group
	 * @param groupingKey more labels of the group; {@code batch_job} (the job's name) and
	 * {@code instance} (the host) are added unless set here
	 */
	public record Pushgateway(@DefaultValue("") String address, @DefaultValue("digestcat") String job,
			Map<String, String> groupingKey) {

		public Pushgateway {
			groupingKey = (groupingKey != null) ? Map.copyOf(groupingKey) : Map.of();
		}

		public boolean enabled() {
			return this.address != null && !this.address.isBlank();
		}

	}

}
