package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code config/monitoring/}: promtool accepts the scrape configuration and the alert
 * rules, and the rules' own tests (each alert fed the series it reads) pass; the
 * dashboard is a Grafana dashboard for import.
 */
class MonitoringConfigTests {

	private static final Path MONITORING = Path.of(System.getProperty("digestcat.samples", "../samples"))
		.toAbsolutePath()
		.resolveSibling("config")
		.resolve("monitoring");

	@Test
	void promtoolAcceptsTheRulesAndTheScrapeConfig() throws Exception {
		assertThat(promtool("check", "rules", "digestcat-alerts.yml")).contains("SUCCESS: 5 rules found");
		assertThat(promtool("check", "config", "prometheus.yml")).contains("is valid prometheus config file syntax");
	}

	@Test
	void everyAlertFiresOnTheSeriesItIsAbout() throws Exception {
		assertThat(promtool("test", "rules", "digestcat-alerts-test.yml")).contains("SUCCESS");
	}

	@Test
	void theDashboardImportsWithAPrometheusDataSource() throws Exception {
		JsonNode dashboard = JsonMapper.builder()
			.build()
			.readTree(MONITORING.resolve("grafana-dashboard.json").toFile());

		assertThat(dashboard.get("title").asString()).isEqualTo("Digest Catalog");
		assertThat(dashboard.get("__inputs").get(0).get("pluginId").asString()).isEqualTo("prometheus");
		assertThat(dashboard.get("panels")).allSatisfy(panel -> {
			assertThat(panel.get("gridPos").get("w").asInt()).isBetween(1, 24);
			if (!"row".equals(panel.get("type").asString())) {
				assertThat(panel.get("targets")).isNotEmpty();
			}
		});
	}

	private static String promtool(String... args) throws Exception {
		Path promtool = ExternalServer.binary("/usr/bin/promtool");
		List<String> command = new java.util.ArrayList<>(List.of(promtool.toString()));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).directory(MONITORING.toFile()).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(output).isZero();
		return output;
	}

}
