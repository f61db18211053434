package io.digestcatalog.jobs.metrics;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.digestcatalog.core.artifact.FetchResult;

/**
 * The domain's meters, named in one place. Names are dotted (Prometheus shows
 * {@code digestcat.entries.read} as {@code digestcat_entries_read_total}), units are base
 * units (seconds, bytes), and every tag has a small fixed set of values: a format, an
 * outcome, a reason class, never a URL, a title or a file name.
 */
public class CatalogMetrics {

	private static final Pattern FORMAT_NAME = Pattern.compile("[a-z][a-z-]{0,15}");

	/**
	 * Digests read, by {@code format} and {@code outcome} (read, rejected, unchanged).
	 */
	public static final String DIGESTS = "digestcat.digests.read";

	/** Entries read, by {@code format}. */
	public static final String ENTRIES = "digestcat.entries.read";

	/** Entries quarantined, by {@code reason} class. */
	public static final String QUARANTINED = "digestcat.entries.quarantined";

	public static final String PAPERS_CREATED = "digestcat.papers.new";

	public static final String PAPERS_UPDATED = "digestcat.papers.updated";

	/** Papers merged into others, by {@code by}: key (a load), resolution, pdf. */
	public static final String PAPERS_MERGED = "digestcat.papers.merged";

	public static final String RESOLVE_PAIRS = "digestcat.resolve.candidate.pairs";

	public static final String RESOLVE_MERGES = "digestcat.resolve.merges";

	/** Artifact fetches, by {@code outcome}. */
	public static final String ARTIFACTS = "digestcat.artifacts.fetched";

	public static final String ARTIFACT_BYTES = "digestcat.artifacts.bytes";

	public static final String FETCH_LATENCY = "digestcat.artifacts.fetch.latency";

	public static final String PDF_PAGES = "digestcat.pdf.pages";

	public static final String PDF_PARSE = "digestcat.pdf.parse";

	/** Taking the run lock, by {@code outcome}: acquired, held (another run has it). */
	public static final String LOCK_WAIT = "digestcat.run.lock.wait";

	private final MeterRegistry registry;

	/** Every outcome an artifact fetch can have. */
	static final java.util.List<String> FETCH_OUTCOMES = java.util.List.of("stored", "not-modified", "http-error",
			"timeout", "too-large", "refused", "not-pdf", "error");

	/** Every class a quarantine reason can fall in. */
	static final java.util.List<String> REASON_CLASSES = java.util.List.of("not-a-digest", "binary", "empty",
			"too-large", "truncated", "unusable", "fetch", "malformed", "other");

	/**
	 * Registers every meter at zero, so that each series exists before its first event:
	 * rates start from 0 and dashboards and alerts find the names.
	 */
	public CatalogMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (String format : io.digestcatalog.core.digest.DigestFormats.standard().names()) {
			counter(ENTRIES, "Digest entries read", "format", format(format));
			counter(DIGESTS, "Digests read", "format", format(format), "outcome", "read");
		}
		counter(DIGESTS, "Digests read", "format", "unknown", "outcome", "rejected");
		counter(DIGESTS, "Digests read", "format", "unknown", "outcome", "unchanged");
		REASON_CLASSES.forEach(r -> counter(QUARANTINED, "Entries sent to quarantine", "reason", r));
		papers(0, 0, 0);
		resolved(0, 0);
		merged("pdf", 0);
		FETCH_OUTCOMES.forEach(o -> counter(ARTIFACTS, "Artifact fetches", "outcome", o));
		Counter.builder(ARTIFACT_BYTES).baseUnit("bytes").description("Bytes of artifacts fetched").register(registry);
		fetchLatency();
		pdfParsed(0, Duration.ZERO);
		java.util.List.of("acquired", "held").forEach(o -> lockTimer(o));
	}

	public MeterRegistry registry() {
		return this.registry;
	}

	public void digest(String format, String outcome) {
		counter(DIGESTS, "Digests read", "format", format(format), "outcome", outcome).increment();
	}

	public void entryRead(String format) {
		counter(ENTRIES, "Digest entries read", "format", format(format)).increment();
	}

	public void quarantined(String reason) {
		counter(QUARANTINED, "Entries sent to quarantine", "reason", reasonClass(reason)).increment();
	}

	public void papers(long created, long updated, long mergedByKey) {
		counter(PAPERS_CREATED, "Papers created").increment(created);
		counter(PAPERS_UPDATED, "Papers seen again").increment(updated);
		merged("key", mergedByKey);
	}

	public void merged(String by, long papers) {
		counter(PAPERS_MERGED, "Papers merged into another", "by", by).increment(papers);
	}

	public void resolved(long candidatePairs, long merges) {
		counter(RESOLVE_PAIRS, "Record pairs entity resolution compared").increment(candidatePairs);
		counter(RESOLVE_MERGES, "Papers entity resolution merged").increment(merges);
		merged("resolution", merges);
	}

	public void fetched(FetchResult result, Duration took) {
		counter(ARTIFACTS, "Artifact fetches", "outcome", outcome(result)).increment();
		if (result.succeeded() && !result.notModified()) {
			Counter.builder(ARTIFACT_BYTES)
				.baseUnit("bytes")
				.description("Bytes of artifacts fetched")
				.register(this.registry)
				.increment(result.size());
		}
		fetchLatency().record(took);
	}

	private Timer fetchLatency() {
		return Timer.builder(FETCH_LATENCY)
			.description("Time to fetch an artifact, retries included")
			.serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
					Duration.ofSeconds(5), Duration.ofSeconds(30))
			.register(this.registry);
	}

	public void pdfParsed(int pages, Duration took) {
		counter(PDF_PAGES, "PDF pages parsed").increment(Math.max(0, pages));
		Timer timer = Timer.builder(PDF_PARSE).description("Time to read a PDF's metadata").register(this.registry);
		if (!took.isZero()) {
			timer.record(took);
		}
	}

	public void lockWait(String outcome, Duration took) {
		lockTimer(outcome).record(took);
	}

	private Timer lockTimer(String outcome) {
		return Timer.builder(LOCK_WAIT)
			.description("Time to take the run lock")
			.tag("outcome", outcome)
			.register(this.registry);
	}

	private Counter counter(String name, String description, String... tags) {
		return Counter.builder(name).description(description).tags(tags).register(this.registry);
	}

	/** Known format names stay, anything else is {@code other}: the tag stays bounded. */
	static String format(String format) {
		return (format != null && FORMAT_NAME.matcher(format).matches()) ? format : "other";
	}

	/** What became of a fetch, in one of a few words. */
	static String outcome(FetchResult r) {
		if (r.succeeded()) {
			return r.notModified() ? "not-modified" : "stored";
		}
		String f = r.failure().toLowerCase(Locale.ROOT);
		if (f.startsWith("refused")) {
			return "refused";
		}
		if (f.contains("timed out") || f.contains("timeout")) {
			return "timeout";
		}
		if (f.contains("larger than")) {
			return "too-large";
		}
		if (f.startsWith("not a pdf")) {
			return "not-pdf";
		}
		if (f.startsWith("http ") || r.status() >= 400) {
			return "http-error";
		}
		return "error";
	}

	/**
	 * The class of a quarantine reason: not-a-digest, binary, empty, too-large,
	 * truncated, malformed (an entry the parser could not read), unusable, fetch, other.
	 */
	public static String reasonClass(String reason) {
		String r = (reason != null) ? reason.toLowerCase(Locale.ROOT) : "";
		if (r.contains("not a digest") || r.contains("a paper, not a digest")) {
			return "not-a-digest";
		}
		if (r.contains("binary")) {
			return "binary";
		}
		if (r.contains("empty")) {
			return "empty";
		}
		if (r.contains("larger than") || r.contains("too large") || r.contains("too long")) {
			return "too-large";
		}
		if (r.contains("truncated") || r.contains("ends at line") || r.contains("unexpected end")) {
			return "truncated";
		}
		if (r.startsWith("unusable entry")) {
			return "unusable";
		}
		if (r.startsWith("cannot fetch") || r.contains("http ") || r.contains("cannot connect")) {
			return "fetch";
		}
		if (r.isEmpty()) {
			return "other";
		}
		return "malformed";
	}

}
