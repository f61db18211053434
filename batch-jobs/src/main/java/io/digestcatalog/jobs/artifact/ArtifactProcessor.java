package io.digestcatalog.jobs.artifact;

import io.digestcatalog.jobs.metrics.CatalogMetrics;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.digestcatalog.core.artifact.ArtifactFetcher;
import io.digestcatalog.core.artifact.ExpectedContent;
import io.digestcatalog.core.artifact.FetchRequest;
import io.digestcatalog.core.artifact.FetchResult;
import io.digestcatalog.core.artifact.Validators;
import io.digestcatalog.core.artifact.pdf.PdfInfo;
import io.digestcatalog.core.artifact.pdf.PdfMetadata;
import io.digestcatalog.core.artifact.pdf.PdfMetadataExtractor;
import io.digestcatalog.core.artifact.pdf.PdfReadResult;
import io.digestcatalog.core.catalog.ArtifactOutcome;
import io.digestcatalog.core.catalog.ArtifactOutcome.PdfFacts;
import io.digestcatalog.core.catalog.PendingArtifact;
import io.digestcatalog.core.extract.Doi;

/**
 * Fetches an artifact politely and safely (conditionally, when it was fetched before) and
 * reads the PDF's metadata. Network and content problems are outcomes, never exceptions:
 * the artifact is recorded as failed with its reason and the step goes on. A host that
 * fails to answer several times in a row is given up for this run: its remaining
 * artifacts stay pending for the next run instead of each waiting out its retries.
 */
class ArtifactProcessor implements ItemProcessor<PendingArtifact, FetchedArtifact> {

	private static final Logger log = LoggerFactory.getLogger(ArtifactProcessor.class);

	/** Consecutive failures without any HTTP answer after which a host is given up. */
	static final int GIVE_UP_AFTER = 3;

	private final Map<String, AtomicInteger> silentFailures = new ConcurrentHashMap<>();

	private final ArtifactFetcher fetcher;

	private final PdfMetadataExtractor pdfs;

	private final CatalogMetrics metrics;

	private final io.digestcatalog.jobs.report.RunRecorder recorder;

	ArtifactProcessor(ArtifactFetcher fetcher, PdfMetadataExtractor pdfs, CatalogMetrics metrics,
			io.digestcatalog.jobs.report.RunRecorder recorder) {
		this.fetcher = fetcher;
		this.pdfs = pdfs;
		this.metrics = metrics;
		this.recorder = recorder;
	}

	@Override
	public FetchedArtifact process(PendingArtifact artifact) {
		URI url;
		try {
			url = URI.create(artifact.url());
		}
		catch (IllegalArgumentException ex) {
			return new FetchedArtifact(artifact, new ArtifactOutcome(false, null, null, null, null, null, null, null, 0,
					"not a URL: " + ex.getMessage(), Instant.now(), null));
		}
		Validators previous = (artifact.sha256() != null
				&& (artifact.etag() != null || artifact.lastModified() != null))
						? new Validators(artifact.etag(), artifact.lastModified(), artifact.sha256()) : null;
		AtomicInteger silent = this.silentFailures.computeIfAbsent(artifact.host(), h -> new AtomicInteger());
		if (silent.get() >= GIVE_UP_AFTER) {
			// filtered: it stays pending for the next run
			return null;
		}
		long started = System.nanoTime();
		FetchResult result = this.fetcher.fetch(new FetchRequest(url, ExpectedContent.pdf(), previous));
		java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);
		this.metrics.fetched(result, took);
		this.recorder.fetched(artifact.host(), took.toMillis(), !result.succeeded());
		if (result.failure() != null) {
			if (result.status() == 0 && silent.incrementAndGet() == GIVE_UP_AFTER) {
				log.info("giving up on {} for this run after {} failures without an answer (last: {})", artifact.host(),
						GIVE_UP_AFTER, result.failure());
			}
			return new FetchedArtifact(artifact, outcome(result, null));
		}
		silent.set(0);
		long parseStarted = System.nanoTime();
		PdfReadResult read = this.pdfs.read(result.storedPath());
		this.metrics.pdfParsed(read.extracted().map(PdfMetadata::pages).orElse(0),
				java.time.Duration.ofNanos(System.nanoTime() - parseStarted));
		PdfFacts facts = read.extracted()
			.map(ArtifactProcessor::facts)
			.orElseGet(() -> PdfFacts.failed(read.failure().orElse("unreadable PDF")));
		return new FetchedArtifact(artifact, outcome(result, facts));
	}

	private static ArtifactOutcome outcome(FetchResult r, PdfFacts pdf) {
		boolean ok = r.failure() == null;
		return new ArtifactOutcome(ok, r.finalUrl().toString(), (r.status() != 0) ? r.status() : null, r.contentType(),
				ok ? r.size() : null, ok ? r.sha256() : null, r.etag(), r.lastModified(), r.attempts(), r.failure(),
				r.fetchedAt(), pdf);
	}

	static PdfFacts facts(PdfMetadata m) {
		List<String> links = m.links().stream().map(l -> l.link().url()).distinct().limit(200).toList();
		return new PdfFacts(m.pages(), m.title(), m.authors(), m.abstractText(),
				(m.arxivId() != null) ? m.arxivId().id() : null, (m.arxivId() != null) ? m.arxivId().version() : null,
				m.dois().stream().map(Doi::value).toList(), links, info(m.info()), null);
	}

	private static String info(PdfInfo info) {
		String line = Stream
			.of(field("title", info.title()), field("author", info.author()), field("producer", info.producer()),
					field("creator", info.creator()),
					field("created", (info.creationDate() != null) ? info.creationDate().toString() : null))
			.filter(Objects::nonNull)
			.collect(Collectors.joining("; "));
		return line.isEmpty() ? null : line;
	}

	private static String field(String name, String value) {
		return (value == null || value.isBlank()) ? null : name + "=" + value.strip().replaceAll("\\s+", " ");
	}

}
