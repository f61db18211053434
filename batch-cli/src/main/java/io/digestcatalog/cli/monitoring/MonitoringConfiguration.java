package io.digestcatalog.cli.monitoring;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Metrics export of one-shot commands: a push to a Pushgateway when configured. The
 * daemon is scraped instead, on {@code /actuator/prometheus}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitoringProperties.class)
public class MonitoringConfiguration {

	@Bean
	@ConditionalOnExpression("'${digestcat.monitoring.pushgateway.address:}' != '' "
			+ "and '${digestcat.daemon.active:false}' != 'true'")
	MetricsPusher metricsPusher(PrometheusMeterRegistry registry, MonitoringProperties properties) {
		return new MetricsPusher(registry, properties.pushgateway());
	}

}
