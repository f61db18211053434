package io.digestcatalog.eval.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code digestcat bench}: the catalog's speed and memory on a generated corpus of a
 * given size, beside the floor (reading and parsing the inputs only) and the database
 * ceiling (plain JDBC batch inserts of the same rows: every row the full ingest left in
 * the catalog, copied into a fresh one) measured in the same run on the same machine, so
 * that figures are read as ratios that survive a noisy machine. Every job runs the real
 * jar in a process of its own, as the nightly timer and operators run it: a full ingest,
 * an unchanged rerun, a restart after SIGKILL at about 90%, a nightly run adding 1% new
 * digests, a rebuild, and the CLI's latency; PDF metadata is timed beside raw PDFBox.
 * Functional checks (a restarted catalog equal to a clean one, a rerun adding nothing)
 * fail the run; timings never do, they are reported against their targets.
 */
public final class Benchmark {

	/** Phases that can be left out with {@code --skip}. */
	public static final Set<String> PHASES = Set.of("ceiling", "rerun", "restart", "nightly", "rebuild", "cli", "pdf");

	private final Settings settings;

	private final PrintWriter log;

	private final JobProcess jobs;

	private final List<Measure> measures = new ArrayList<>();

	private final List<String> failures = new ArrayList<>();

	/**
	 * How to run.
	 *
	 * @param digests digests in the corpus (about 50 entries each)
	 * @param seed the generator's seed
	 * @param corpus the real corpus the generator takes its statistics from
	 * @param work where corpora, catalogs and logs go
	 * @param jar the digestcat jar the jobs run
	 * @param javaOptions options for the job processes' JVMs
	 * @param skip phases left out
	 * @param baseline the JSON of a smaller run to compare peak memory with, or
	 * {@code null}
	 */
	public record Settings(int digests, long seed, Path corpus, Path work, Path jar, List<String> javaOptions,
			Set<String> skip, Path baseline) {

		public Settings {
			if (digests < 1) {
				throw new IllegalArgumentException("--size must be at least 1 digest");
			}
			javaOptions = List.copyOf(javaOptions);
			skip = Set.copyOf(skip);
		}

	}

	/**
	 * One line of the table.
	 *
	 * @param phase what was measured
	 * @param entries entries it handled
	 * @param millis its wall time
	 * @param peakRssBytes the job process's peak resident set (0 when run in-process)
	 * @param peakHeapBytes its peak heap before a collection
	 * @param ratio the figure the target is stated in (see {@code ratioOf})
	 * @param ratioOf what the ratio compares
	 * @param target the target, as text
	 * @param met whether the target was met, {@code null} when there is none
	 */
	public record Measure(String phase, long entries, long millis, long peakRssBytes, long peakHeapBytes, Double ratio,
			String ratioOf, String target, Boolean met) {

		public double perSecond() {
			return (this.millis == 0) ? 0 : this.entries * 1000.0 / this.millis;
		}

	}

	/**
	 * A whole run.
	 *
	 * @param settings how it ran
	 * @param corpus what was generated
	 * @param measures the table
	 * @param failures functional checks that failed (none expected)
	 */
	public record Report(Settings settings, BenchCorpus.Stats corpus, List<Measure> measures, List<String> failures) {

		public boolean ok() {
			return this.failures.isEmpty();
		}

	}

	private Benchmark(Settings settings, PrintWriter log) {
		this.settings = settings;
		this.log = log;
		this.jobs = new JobProcess(settings.jar(), settings.javaOptions(), settings.work().resolve("logs"));
	}

	/** Runs every phase not skipped; progress lines go to {@code log}. */
	public static Report run(Settings settings, PrintWriter log) {
		return new Benchmark(settings, log).run();
	}

	private Report run() {
		Path work = this.settings.work();
		BenchCorpus generator = new BenchCorpus(Vocabulary.from(this.settings.corpus()), this.settings.seed());
		int n = this.settings.digests();
		int nightly = Math.max(1, n / 100);
		Path corpus = work.resolve("corpus");
		Path night = work.resolve("nightly");
		recreate(corpus);
		recreate(night);
		say("generating %,d digests (seed %d) into %s", n, this.settings.seed(), corpus);
		BenchCorpus.Stats stats = generator.write(corpus, 0, n);
		generator.write(night, n, n + nightly);
		say("generated %,d entries, %,d papers, %.0f%% repeat sightings", stats.entries(), stats.papers(),
				100 * stats.repeatShare());

		// (a) the floor, after one pass that warms the parsers and the page cache
		FloorAndCeiling.floor(corpus);
		FloorAndCeiling.Bound floor = FloorAndCeiling.floor(corpus);
		add(new Measure("floor: read + parse", floor.entries(), floor.millis(), 0, 0, null, null, null, null));
		say("floor: %,.0f entries/s", floor.perSecond());

		// (b) the database ceiling, two ways: the rows of a paper and an appearance per
		// entry (what every loader must write), and every row the full ingest left
		// (what this loader writes); the second bounds the ingest
		if (!skipped("ceiling")) {
			Path db = work.resolve("ceiling");
			recreate(db);
			FloorAndCeiling.Bound ceiling = FloorAndCeiling.ceiling(corpus, db);
			add(new Measure("ceiling: paper + appearance rows", ceiling.entries(), ceiling.millis(), 0, 0, null, null,
					null, null));
			say("ceiling (a paper and an appearance per entry): %,.0f entries/s", ceiling.perSecond());
		}

		// (c) the full ingest
		Path data = work.resolve("data");
		recreate(data);
		JobProcess.Result full = job("ingest", data, "ingest", corpus.toString(), "--no-artifacts");
		double ceilingRate = Double.NaN;
		if (!skipped("ceiling")) {
			Path db = work.resolve("ceiling-catalog");
			recreate(db);
			FloorAndCeiling.Rows rows = FloorAndCeiling.catalogRows(data, db);
			ceilingRate = stats.entries() * 1000.0 / Math.max(1, rows.millis());
			add(new Measure(String.format(Locale.ROOT, "ceiling: the catalog's %,d rows", rows.rows()), stats.entries(),
					rows.millis(), 0, 0, (double) rows.rows() / stats.entries(), "rows per entry", null, null));
			say("ceiling (the %,d rows the ingest left): %,.0f entries/s", rows.rows(), ceilingRate);
		}
		double bound = Double.isNaN(ceilingRate) ? floor.perSecond() : Math.min(floor.perSecond(), ceilingRate);
		double fullRate = stats.entries() * 1000.0 / full.wallMillis();
		add(job("ingest (full, end to end)", stats.entries(), full, fullRate / bound, "of min(floor, ceiling)",
				">= 0.50", fullRate / bound >= 0.5));
		CatalogCheck clean = CatalogCheck.of(data);
		say("catalog: %,d papers, %,d records, %,d links", clean.papers(), clean.records(), clean.links());

		// (e) a restart after SIGKILL at about 90%, into a catalog of its own
		if (!skipped("restart")) {
			restart(corpus, stats.entries(), full, clean);
		}
		// (d) an unchanged rerun
		if (!skipped("rerun")) {
			JobProcess.Result rerun = job("rerun", data, "ingest", corpus.toString(), "--no-artifacts");
			double ratio = (double) rerun.wallMillis() / full.wallMillis();
			add(job("unchanged rerun", 0, rerun, ratio, "of the full run", "<= 0.05", ratio <= 0.05));
			CatalogCheck after = CatalogCheck.of(data);
			if (!after.equals(clean)) {
				this.failures.add("an unchanged rerun changed the catalog: " + clean + " -> " + after);
			}
		}
		// (i) CLI latency, against the full catalog
		if (!skipped("cli")) {
			cli(data);
		}
		// (f) a nightly run adding 1% new digests
		if (!skipped("nightly")) {
			JobProcess.Result run = job("nightly", data, "ingest", night.toString(), "--no-artifacts");
			long entries = CatalogCheck.of(data).records() - clean.records();
			double ratio = (double) run.wallMillis() / full.wallMillis();
			add(job("nightly (+" + nightly + " digests)", entries, run, ratio, "of the full run", "<= 0.05",
					ratio <= 0.05));
		}
		// (g) a rebuild of the whole catalog
		if (!skipped("rebuild")) {
			long records = CatalogCheck.of(data).records();
			JobProcess.Result run = job("rebuild", data, "rebuild");
			double ratio = (double) run.wallMillis() / full.wallMillis();
			add(job("rebuild (full catalog)", records, run, ratio, "of the full run", null, null));
			if (CatalogCheck.of(data).records() != records) {
				this.failures.add("the rebuild did not keep every record");
			}
		}
		// (h) peak memory over every job
		long peak = this.measures.stream().mapToLong(Measure::peakRssBytes).max().orElse(0);
		long limit = 768L * 1024 * 1024;
		add(new Measure("peak RSS of any job", stats.entries(), 0, peak,
				this.measures.stream().mapToLong(Measure::peakHeapBytes).max().orElse(0), (double) peak / limit,
				"of 768 MB", "< 768 MB", peak < limit));
		if (this.settings.baseline() != null) {
			growth(peak, stats.entries());
		}
		// (j) PDF metadata beside raw PDFBox
		if (!skipped("pdf")) {
			pdf();
		}
		return new Report(this.settings, stats, List.copyOf(this.measures), List.copyOf(this.failures));
	}

	/** Peak memory against a smaller run's: flat means under 20% more. */
	private void growth(long peak, long entries) {
		JsonNode base = JsonMapper.builder().build().readTree(this.settings.baseline().toFile());
		long basePeak = 0;
		for (JsonNode m : base.get("measures")) {
			if (m.get("phase").asString().equals("peak RSS of any job")) {
				basePeak = m.get("peakRssBytes").asLong();
			}
		}
		if (basePeak == 0) {
			this.failures.add(this.settings.baseline() + " holds no peak RSS to compare with");
			return;
		}
		long baseEntries = base.get("corpus").get("entries").asLong();
		double growth = (double) peak / basePeak - 1;
		add(new Measure(String.format(Locale.ROOT, "peak RSS growth from %,d entries", baseEntries), entries, 0, peak,
				0, growth, "more than " + (basePeak >> 20) + " MB", "< 0.20", growth < 0.2));
	}

	private void restart(Path corpus, long entries, JobProcess.Result full, CatalogCheck clean) {
		Path data = this.settings.work().resolve("data-restart");
		recreate(data);
		long killAt = entries * 9 / 10;
		JobProcess.Result killed = this.jobs.run("killed", data, read -> read >= killAt, "ingest", corpus.toString(),
				"--no-artifacts", "--digestcat.ingest.progress-interval-millis=200");
		if (killed.exitCode() != 137) {
			this.failures.add("the ingest to kill at 90% ended by itself with exit code " + killed.exitCode()
					+ " (too small a corpus?)");
			return;
		}
		JobProcess.Result list = this.jobs.run("jobs-list-killed", data, "jobs", "list", "--json");
		String id = JsonMapper.builder().build().readTree(list.output()).get(0).get("executionId").asString();
		JobProcess.Result restart = this.jobs.run("restart", data, "jobs", "restart", id);
		if (!restart.ok()) {
			this.failures.add("jobs restart " + id + " exited " + restart.exitCode() + ": " + lastLine(restart));
			return;
		}
		double ratio = (double) restart.wallMillis() / full.wallMillis();
		add(job("restart after SIGKILL at 90%", entries - killAt, restart, ratio, "of the full run", "<= 0.20",
				ratio <= 0.20));
		CatalogCheck restarted = CatalogCheck.of(data);
		if (!restarted.equals(clean)) {
			this.failures.add("the restarted catalog differs from the clean one: " + restarted + " vs " + clean);
		}
	}

	private void cli(Path data) {
		JobProcess.Result help = best("help", data, "--help");
		add(job("CLI --help", 0, help, help.wallMillis() / 1000.0, "seconds", "< 1 s", help.wallMillis() < 1000));
		JobProcess.Result list = best("jobs-list", data, "jobs", "list");
		add(job("CLI jobs list", 0, list, list.wallMillis() / 1000.0, "seconds", null, null));
	}

	/**
	 * The fastest of three runs: latency is what a command costs when nothing is in the
	 * way.
	 */
	private JobProcess.Result best(String name, Path data, String... args) {
		JobProcess.Result best = null;
		for (int i = 0; i < 3; i++) {
			JobProcess.Result r = this.jobs.run(name + "-" + i, data, args);
			if (!r.ok()) {
				this.failures.add(String.join(" ", args) + " exited " + r.exitCode() + ": " + lastLine(r));
			}
			if (best == null || r.wallMillis() < best.wallMillis()) {
				best = r;
			}
		}
		return best;
	}

	private void pdf() {
		List<Path> pdfs;
		try (Stream<Path> files = Files.walk(this.settings.corpus())) {
			pdfs = files.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (int threads : new int[] { 1, 2 }) {
			io.digestcatalog.eval.pdf.PdfThroughput.Result r = io.digestcatalog.eval.pdf.PdfThroughput.measure(pdfs,
					threads, 3);
			double ratio = r.ratio();
			add(new Measure("PDF metadata, " + threads + " thread" + ((threads > 1) ? "s" : ""), r.documents(),
					r.extractorMillis(), 0, 0, ratio, "of raw PDFBox page 1 (" + Math.round(r.rawPerSecond()) + "/s)",
					">= 0.50", ratio >= 0.5));
		}
	}

	private JobProcess.Result job(String name, Path data, String... args) {
		say("running: digestcat %s", String.join(" ", args));
		JobProcess.Result r = this.jobs.run(name, data, args);
		if (!r.ok()) {
			this.failures.add("digestcat " + String.join(" ", args) + " exited " + r.exitCode() + ": " + lastLine(r));
		}
		say("  %,d ms, peak RSS %d MB", r.wallMillis(), r.peakRssBytes() >> 20);
		return r;
	}

	private static Measure job(String phase, long entries, JobProcess.Result r, Double ratio, String ratioOf,
			String target, Boolean met) {
		return new Measure(phase, entries, r.wallMillis(), r.peakRssBytes(), r.peakHeapBytes(), ratio, ratioOf, target,
				met);
	}

	private static String lastLine(JobProcess.Result r) {
		String text = r.errors().isBlank() ? r.output() : r.errors();
		String[] lines = text.strip().split("\n");
		return lines[lines.length - 1];
	}

	private void add(Measure m) {
		this.measures.add(m);
	}

	private boolean skipped(String phase) {
		return this.settings.skip().contains(phase);
	}

	private void say(String format, Object... args) {
		this.log.println("bench: " + String.format(Locale.ROOT, format, args));
		this.log.flush();
	}

	private static void recreate(Path dir) {
		try {
			if (Files.exists(dir)) {
				try (Stream<Path> files = Files.walk(dir)) {
					for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(p);
					}
				}
			}
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot empty " + dir, ex);
		}
	}

	/** The table, one line per measure. */
	public static List<String> table(Report report) {
		List<String> lines = new ArrayList<>();
		BenchCorpus.Stats c = report.corpus();
		lines.add(String.format(Locale.ROOT, "corpus: %,d digests, %,d entries, %,d papers, %.0f%% repeat sightings",
				report.settings().digests(), c.entries(), c.papers(), 100 * c.repeatShare()));
		lines.add(String.format(Locale.ROOT, "%-34s %10s %10s %12s %8s %8s  %-8s %s", "phase", "entries", "ms",
				"entries/s", "RSS MB", "heap MB", "target", "ratio"));
		for (Measure m : report.measures()) {
			String ratio = (m.ratio() == null) ? "" : String.format(Locale.ROOT, "%.3f %s", m.ratio(), m.ratioOf())
					+ ((m.met() == null) ? "" : m.met() ? "  met" : "  MISSED");
			lines.add(String.format(Locale.ROOT, "%-34s %,10d %,10d %,12.0f %8s %8s  %-8s %s", m.phase(), m.entries(),
					m.millis(), m.perSecond(), mb(m.peakRssBytes()), mb(m.peakHeapBytes()),
					(m.target() == null) ? "" : m.target(), ratio));
		}
		for (String failure : report.failures()) {
			lines.add("FAILED: " + failure);
		}
		return lines;
	}

	private static String mb(long bytes) {
		return (bytes == 0) ? "" : Long.toString(bytes >> 20);
	}

	/** The report as JSON, the same figures as the table. */
	public static String json(Report report) {
		Map<String, Object> root = new LinkedHashMap<>();
		Settings s = report.settings();
		root.put("digests", s.digests());
		root.put("seed", s.seed());
		root.put("javaOptions", s.javaOptions());
		root.put("processors", Runtime.getRuntime().availableProcessors());
		root.put("corpus", report.corpus());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Measure m : report.measures()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("phase", m.phase());
			row.put("entries", m.entries());
			row.put("millis", m.millis());
			row.put("entriesPerSecond", Math.round(m.perSecond()));
			row.put("peakRssBytes", m.peakRssBytes());
			row.put("peakHeapBytes", m.peakHeapBytes());
			row.put("ratio", m.ratio());
			row.put("ratioOf", m.ratioOf());
			row.put("target", m.target());
			row.put("met", m.met());
			rows.add(row);
		}
		root.put("measures", rows);
		root.put("failures", report.failures());
		return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

}
