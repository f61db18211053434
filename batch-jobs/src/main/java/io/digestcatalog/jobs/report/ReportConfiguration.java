package io.digestcatalog.jobs.report;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.digestcatalog.jobs.ops.JobsOperations;

/** The run report written at the end of every job run. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
public class ReportConfiguration {

	@Bean
	RunRecorder runRecorder() {
		return new RunRecorder();
	}

	@Bean
	RunReportWriter runReportWriter(ReportProperties properties, RunRecorder runRecorder, JobsOperations operations,
			DataSource dataSource) {
		return new RunReportWriter(properties, runRecorder, operations, new RecentMerges(dataSource));
	}

}
