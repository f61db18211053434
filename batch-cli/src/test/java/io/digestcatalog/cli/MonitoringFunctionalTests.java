package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Metrics reach the monitoring people run, with the real things on 127.0.0.1: one-shot
 * runs push to a Prometheus Pushgateway (a failed rebuild too, and the alert rule for it
 * fires on what it pushed), an unreachable Pushgateway costs one warning line, a real
 * Prometheus scrapes the daemon, and the dashboard and alert rules name only metrics the
 * application emits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path MONITORING = Path.of(System.getProperty("digestcat.samples", "../samples"))
		.toAbsolutePath()
		.resolveSibling("config")
		.resolve("monitoring");

	/** The metric names the application exposed in these runs (pushed and scraped). */
	private static final Set<String> emitted = new TreeSet<>();

	@TempDir
	static Path work;

	static Path sample;

	@Test
	@Order(1)
	void oneShotRunsPushTheirMetricsAFailedRebuildTooAndItsAlertFires() throws Exception {
		Path digests = Files.createDirectories(work.resolve("digests"));
		sample = Files.copy(Path.of(System.getProperty("digestcat.samples", "../samples"), "daily-papers-jul29.txt"),
				digests.resolve("daily-papers-2026-07-29.txt"));
		Files.copy(Path.of(System.getProperty("digestcat.shared", "../shared"), "corpus", "arxiv-listing-email",
				"malformed.txt"), digests.resolve("malformed.txt"));
		try (ExternalServer pushgateway = ExternalServer.start(ExternalServer.binary("/usr/bin/prometheus-pushgateway"),
				work, "/-/ready", "--web.listen-address=127.0.0.1:{port}")) {
			String push = "--digestcat.monitoring.pushgateway.address=" + pushgateway.address();

			DigestCatProcess ingest = run("ingest", digests.toString(), push);
			assertThat(ingest.exitCode()).as(ingest.all()).isZero();
			String metrics = pushgateway.get("/metrics").body();
			emitted.addAll(names(metrics));
			assertThat(value(metrics, "digestcat_entries_read_total", "batch_job=\"ingest\"", "format=\"text\""))
				.isEqualTo(56);
			assertThat(sum(metrics, "digestcat_entries_quarantined_total", "batch_job=\"ingest\"")).isEqualTo(2);
			assertThat(value(metrics, "digestcat_entries_quarantined_total", "batch_job=\"ingest\"",
					"reason=\"truncated\""))
				.isEqualTo(1);
			assertThat(value(metrics, "spring_batch_job_seconds_count", "batch_job=\"ingest\"",
					"spring_batch_job_name=\"ingest\"", "spring_batch_job_status=\"COMPLETED\""))
				.isEqualTo(1);

			// a rebuild that fails also pushes, with its failure
			Files.move(sample, work.resolve("aside.txt"));
			Files.createDirectory(sample);
			DigestCatProcess rebuild = run("rebuild", push);
			assertThat(rebuild.exitCode()).as(rebuild.all()).isEqualTo(ExitCodes.JOB_FAILED);
			metrics = pushgateway.get("/metrics").body();
			emitted.addAll(names(metrics));
			assertThat(value(metrics, "spring_batch_job_seconds_count", "batch_job=\"rebuild\"",
					"spring_batch_job_name=\"rebuild\"", "spring_batch_job_status=\"FAILED\""))
				.isEqualTo(1);
			double failedAt = value(metrics, "digestcat_job_last_failure_seconds", "batch_job=\"rebuild\"",
					"job_name=\"rebuild\"");
			double succeededAt = value(metrics, "digestcat_job_last_success_seconds", "batch_job=\"rebuild\"",
					"job_name=\"rebuild\"");
			assertThat(failedAt).isGreaterThan(1.7e9);
			assertThat(succeededAt).isZero();
			alertFiresOn(labels(metrics, "digestcat_job_last_failure_seconds", "batch_job=\"rebuild\"",
					"job_name=\"rebuild\""), failedAt, succeededAt);

			// a Pushgateway that does not answer costs one warning line, never the job
			Files.delete(sample);
			Files.move(work.resolve("aside.txt"), sample);
			int closed = ExternalServer.freePort();
			DigestCatProcess unreachable = run("jobs", "rerun-failed",
					"--digestcat.monitoring.pushgateway.address=127.0.0.1:" + closed);
			assertThat(unreachable.exitCode()).as(unreachable.all()).isZero();
			assertThat(unreachable.err().lines().filter(l -> l.contains("Pushgateway"))).singleElement()
				.satisfies(l -> assertThat(l)
					.startsWith("could not push metrics to the Pushgateway at 127.0.0.1:" + closed + ": "));
			assertThat(unreachable.err()).doesNotContain("Exception").doesNotContain("\tat ");
		}
	}

	@Test
	@Order(2)
	void aRealPrometheusScrapesTheDaemonAndSeesItsRebuild() throws Exception {
		Path prometheusBinary = ExternalServer.binary("/usr/bin/prometheus");
		int daemonPort = ExternalServer.freePort();
		ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(45);
		DigestCatProcess daemon = start("daemon", "--digestcat.daemon.port=" + daemonPort,
				"--digestcat.daemon.schedule[0].name=once", "--digestcat.daemon.schedule[0].job=rebuild",
				"--digestcat.daemon.schedule[0].cron=" + at.getSecond() + " " + at.getMinute() + " " + at.getHour()
						+ " * * *");
		Path config = work.resolve("prometheus.yml");
		Files.writeString(config, """
				global:
				  scrape_interval: 1s
				scrape_configs:
				  - job_name: digestcat-daemon
				    metrics_path: /actuator/prometheus
				    static_configs:
				      - targets: ["127.0.0.1:%d"]
				""".formatted(daemonPort));
		try (ExternalServer prometheus = ExternalServer.start(prometheusBinary, work, "/-/ready",
				"--config.file=" + config, "--storage.tsdb.path=" + work.resolve("tsdb"),
				"--web.listen-address=127.0.0.1:{port}")) {
			daemon.awaitOutput(l -> l.matches(".*once: rebuild execution \\d+ COMPLETED.*"), Duration.ofMinutes(3));

			JsonNode completed = awaitSeries(prometheus,
					"spring_batch_job_seconds_count{spring_batch_job_name=\"rebuild\",spring_batch_job_status=\"COMPLETED\"}");
			assertThat(completed.get(0).get("metric").get("job").asString()).isEqualTo("digestcat-daemon");
			assertThat(completed.get(0).get("value").get(1).asDouble()).isEqualTo(1);
			assertThat(awaitSeries(prometheus, "digestcat_catalog_papers").get(0).get("value").get(1).asDouble())
				.isPositive();
			assertThat(awaitSeries(prometheus, "digestcat_job_last_success_seconds{job_name=\"rebuild\"}").get(0)
				.get("value")
				.get(1)
				.asDouble()).isGreaterThan(1.7e9);
			String scraped = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://127.0.0.1:" + daemonPort + "/actuator/prometheus"))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString())
				.body();
			emitted.addAll(names(scraped));
		}
		finally {
			daemon.terminate(Duration.ofMinutes(1));
		}
	}

	@Test
	@Order(3)
	void theDashboardAndTheAlertRulesNameOnlyMetricsTheApplicationEmits() throws Exception {
		assertThat(emitted).as("the runs above exposed metrics").isNotEmpty();
		Set<String> referenced = new TreeSet<>();
		JsonNode dashboard = JSON.readTree(MONITORING.resolve("grafana-dashboard.json").toFile());
		for (JsonNode panel : dashboard.get("panels")) {
			if (panel.has("targets")) {
				for (JsonNode target : panel.get("targets")) {
					referenced.addAll(metricNames(target.get("expr").asString()));
				}
			}
		}
		for (String line : Files.readAllLines(MONITORING.resolve("digestcat-alerts.yml"))) {
			if (!line.strip().startsWith("#")) {
				referenced.addAll(metricNames(line));
			}
		}
		assertThat(referenced).hasSizeGreaterThan(15);
		assertThat(referenced.stream().filter(name -> !emitted.contains(name)).toList())
			.as("names the dashboard and the rules use that no run emitted")
			.isEmpty();
	}

	/** promtool test rules, fed the series the failed rebuild pushed: the alert fires. */
	private static void alertFiresOn(String seriesLabels, double failedAt, double succeededAt) throws Exception {
		String instance = seriesLabels.replaceAll(".*instance=\"([^\"]*)\".*", "$1");
		Path test = work.resolve("pushed-rebuild-failed-test.yml");
		Files.writeString(test,
				"""
						rule_files:
						  - %s
						evaluation_interval: 1m
						tests:
						  - interval: 1m
						    input_series:
						      - series: 'digestcat_job_last_failure_seconds{%s}'
						        values: '%.0fx10'
						      - series: 'digestcat_job_last_success_seconds{%s}'
						        values: '%.0fx10'
						    alert_rule_test:
						      - eval_time: 5m
						        alertname: DigestcatRebuildFailed
						        exp_alerts:
						          - exp_labels:
						              severity: critical
						              instance: "%s"
						            exp_annotations:
						              summary: "The catalog rebuild on %s failed"
						              description: "The last rebuild failed and none has completed since; the current catalog generation is untouched. See `digestcat jobs list --status FAILED`, fix the cause, then `digestcat jobs rerun-failed`."
						"""
					.formatted(MONITORING.resolve("digestcat-alerts.yml"), seriesLabels, failedAt, seriesLabels,
							succeededAt, instance, instance));
		Process promtool = new ProcessBuilder(ExternalServer.binary("/usr/bin/promtool").toString(), "test", "rules",
				test.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(promtool.exitValue()).as(output).isZero();
	}

	private static JsonNode awaitSeries(ExternalServer prometheus, String query) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		JsonNode result = null;
		while (System.currentTimeMillis() < deadline) {
			String body = prometheus.get("/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
				.body();
			result = JSON.readTree(body).get("data").get("result");
			if (result.size() > 0) {
				return result;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("Prometheus has no series for " + query + ": " + result + "\n" + prometheus.log());
	}

	/** The value of the one sample of {@code name} whose labels include all of these. */
	private static double value(String exposition, String name, String... labels) {
		List<Double> values = samples(exposition, name, labels);
		assertThat(values).as(name + " " + String.join(",", labels)).hasSize(1);
		return values.get(0);
	}

	private static double sum(String exposition, String name, String... labels) {
		return samples(exposition, name, labels).stream().mapToDouble(Double::doubleValue).sum();
	}

	private static List<Double> samples(String exposition, String name, String... labels) {
		List<Double> values = new ArrayList<>();
		for (String line : exposition.lines().toList()) {
			if (line.startsWith(name + "{") && List.of(labels).stream().allMatch(line::contains)) {
				values.add(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
			}
		}
		return values;
	}

	/** The label set of the one sample, as promtool's series notation wants it. */
	private static String labels(String exposition, String name, String... labels) {
		for (String line : exposition.lines().toList()) {
			if (line.startsWith(name + "{") && List.of(labels).stream().allMatch(line::contains)) {
				return line.substring(name.length() + 1, line.indexOf('}'));
			}
		}
		throw new AssertionError("no " + name + " " + String.join(",", labels));
	}

	private static Set<String> names(String exposition) {
		Set<String> names = new TreeSet<>();
		exposition.lines()
			.filter(l -> !l.startsWith("#") && !l.isBlank())
			.map(l -> l.split("[{ ]", 2)[0])
			.forEach(names::add);
		return names;
	}

	/**
	 * The metric names of a PromQL expression: label names (in braces, by, on …) left
	 * out.
	 */
	private static Set<String> metricNames(String expr) {
		Set<String> names = new TreeSet<>();
		String metricsOnly = expr.replaceAll("\\{[^}]*\\}", "")
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
		Matcher m = Pattern.compile("\\b(?:digestcat|spring_batch)_[a-z0-9_]+").matcher(metricsOnly);
		while (m.find()) {
			names.add(m.group());
		}
		return names;
	}

	private static DigestCatProcess start(String... args) throws Exception {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--digestcat.artifacts.enabled=false");
		return DigestCatProcess.start(work.resolve("data"), all.toArray(String[]::new));
	}

	private static DigestCatProcess run(String... args) throws Exception {
		DigestCatProcess p = start(args);
		p.awaitExit(Duration.ofMinutes(4));
		return p;
	}

}
