package io.digestcatalog.jobs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.event.EventListener;

import io.digestcatalog.jobs.ingest.IngestSummary;
import io.digestcatalog.jobs.ops.JobExecutionView;
import io.digestcatalog.jobs.ops.JobFinished;
import io.digestcatalog.jobs.ops.JobsOperations;
import io.digestcatalog.jobs.rebuild.RebuildJobConfiguration;
import io.digestcatalog.jobs.rebuild.RebuildSummary;

/**
 * Writes each run's report when it ends, failed or not: one self-contained HTML page
 * under the data folder ({@code reports/<job>-<execution>.html}) with counts per step and
 * per format, the top quarantine reasons with examples, the slowest hosts, the merges
 * made and entries read over time. A report that cannot be written costs a warning line.
 */
public class RunReportWriter {

	private static final Logger log = LoggerFactory.getLogger(RunReportWriter.class);

	private final ReportProperties properties;

	private final RunRecorder recorder;

	private final JobsOperations operations;

	private final RecentMerges merges;

	public RunReportWriter(ReportProperties properties, RunRecorder recorder, JobsOperations operations,
			RecentMerges merges) {
		this.properties = properties;
		this.recorder = recorder;
		this.operations = operations;
		this.merges = merges;
	}

	@EventListener
	public void jobFinished(JobFinished finished) {
		JobExecution e = finished.execution();
		RunRecorder.Run run = this.recorder.takeOut(e.getId());
		if (!this.properties.enabled()) {
			return;
		}
		Path file = this.properties.fileOf(e.getJobInstance().getJobName(), e.getId());
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path tmp = file.resolveSibling(file.getFileName() + ".part");
			Files.writeString(tmp, render(e, run), StandardCharsets.UTF_8);
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			log.info("report: {}", file);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("could not write the report of execution {} to {}: {}", e.getId(), file, ex.getMessage());
		}
	}

	String render(JobExecution e, RunRecorder.Run run) {
		JobExecutionView v = this.operations.show(e.getId());
		IngestSummary s = IngestSummary.of(e);
		String title = v.jobName() + " · execution " + v.executionId();
		HtmlReport html = new HtmlReport("digestcat " + title + " — " + v.status());
		html.header(title, v.status(), "instance " + v.instanceId() + " · started " + time(v.started()) + " · ended "
				+ time(v.ended()) + " · " + String.format("%.1f", v.seconds()) + " s");
		Map<String, String> cards = new LinkedHashMap<>();
		cards.put("entries read", String.format("%,d", s.entriesRead()));
		cards.put("quarantined", String.format("%,d", s.quarantined()));
		cards.put("new papers", String.format("%,d", s.papersNew()));
		cards.put("papers seen again", String.format("%,d", s.papersUpdated()));
		cards.put("links added", String.format("%,d", s.links()));
		cards.put("merges", String.format("%,d", s.merges()));
		cards.put("PDFs fetched", String.format("%,d", s.artifacts().fetched()));
		cards.put("fetches failed", String.format("%,d", s.artifacts().failed()));
		if (RebuildJobConfiguration.JOB_NAME.equals(v.jobName())) {
			RebuildSummary rebuilt = RebuildSummary.of(e);
			if (rebuilt.generation() != null) {
				cards.put(rebuilt.current() ? "generation made current" : "generation (not current)",
						String.valueOf(rebuilt.generation()));
			}
			cards.put("digests kept from the catalog", String.format("%,d", rebuilt.kept()));
		}
		html.cards(cards);
		if (!"COMPLETED".equals(v.status())) {
			String failedItem = v.steps()
				.stream()
				.map(JobExecutionView.StepView::failedItem)
				.filter(i -> i != null)
				.findFirst()
				.orElse(null);
			html.failure((v.cause() != null) ? v.cause() : String.join("; ", v.failures()), failedItem, v.next());
		}
		html.table("Steps", List.of("Step", "Status", "Read", "Written", "Skipped", "Commits", "Rollbacks", "Seconds",
				"Share of the run"), steps(v), "No step ran.");
		html.throughput(run.throughput);
		html.table("Formats", List.of("Format", "Entries", "Rejected"), s.formats()
			.stream()
			.map(f -> List.of(f.format(), String.format("%,d", f.entries()), String.format("%,d", f.rejected())))
			.toList(), "No digest was read.");
		Map<String, Long> reasons = new LinkedHashMap<>();
		run.reasons.entrySet()
			.stream()
			.sorted(Comparator.comparingLong(r -> -r.getValue()[0]))
			.forEach(r -> reasons.put(r.getKey(), r.getValue()[0]));
		html.examples("Quarantine: the main reasons", reasons, run.examples,
				(s.quarantined() == 0) ? "Nothing was quarantined."
						: "Quarantined in another process: " + String.join("; ", s.quarantineSamples()));
		html.table("Slowest hosts", List.of("Host", "Fetches", "Mean ms", "Longest ms", "Failed"), hosts(run),
				"No artifact was fetched.");
		html.table("Merges made", List.of("Paper kept", "Merged into it", "Why"), this.merges.during(e),
				"No papers were merged.");
		return html.finish("Written by digestcat at " + Instant.now() + " from job execution " + v.executionId()
				+ ". This page needs nothing else to display.");
	}

	private static List<List<String>> steps(JobExecutionView v) {
		double total = Math.max(0.001, v.steps().stream().mapToDouble(JobExecutionView.StepView::seconds).sum());
		List<List<String>> rows = new ArrayList<>();
		for (JobExecutionView.StepView st : v.steps()) {
			rows.add(List.of(st.name(), st.status(), String.format("%,d", st.read()),
					String.format("%,d", st.written()), String.format("%,d", st.skipped()),
					String.format("%,d", st.commits()), String.format("%,d", st.rollbacks()),
					String.format("%.2f", st.seconds()), HtmlReport.bar(st.seconds() / total)));
		}
		return rows;
	}

	private static List<List<String>> hosts(RunRecorder.Run run) {
		return run.hosts.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble(h -> -(double) h.getValue()[1] / Math.max(1, h.getValue()[0])))
			.limit(10)
			.map(h -> List.of(h.getKey(), String.valueOf(h.getValue()[0]),
					String.valueOf(h.getValue()[1] / Math.max(1, h.getValue()[0])), String.valueOf(h.getValue()[2]),
					String.valueOf(h.getValue()[3])))
			.toList();
	}

	private static String time(java.time.LocalDateTime t) {
		return (t != null) ? t.withNano(0).toString().replace('T', ' ') : "-";
	}

}
