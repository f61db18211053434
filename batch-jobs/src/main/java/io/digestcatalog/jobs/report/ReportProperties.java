package io.digestcatalog.jobs.report;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Run reports ({@code digestcat.report.*}).
 *
 * @param enabled whether each job run writes its HTML report
 * @param dir where the reports go ({@code <job>-<execution>.html})
 */
@ConfigurationProperties("digestcat.report")
public record ReportProperties(@DefaultValue("true") boolean enabled, @DefaultValue("./data/reports") Path dir) {

	/** The report of an execution, whether written or not. */
	public Path fileOf(String jobName, long executionId) {
		return this.dir.resolve(jobName + "-" + executionId + ".html");
	}

}
