package io.digestcatalog.jobs.rebuild;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.digestcatalog.core.catalog.DigestLedger;
import io.digestcatalog.core.catalog.RecordedDigests;
import io.digestcatalog.core.digest.DigestContext;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestInputException;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.RemoteDigestFetcher;
import io.digestcatalog.jobs.ingest.DigestReading;
import io.digestcatalog.jobs.ingest.ReadProgress;
import io.digestcatalog.jobs.ingest.SourceReadException;

/**
 * Reads every digest the base generation recorded again, source by source in the order
 * they were first loaded: files and mailboxes from disk, URLs refreshed with a
 * conditional GET. A digest read again keeps the date, format and location it was
 * recorded with; new bytes found at a recorded source are read as any ingest would. A
 * recorded digest whose bytes are gone (the file was removed or changed, the URL cannot
 * be fetched) is reported and its entries come from the base generation as stored. A
 * source that is there but cannot be read fails the step, to be fixed and restarted.
 */
class RebuildItemReader implements ItemStreamReader<DigestItem>, ReadProgress {

	private static final Logger log = LoggerFactory.getLogger(RebuildItemReader.class);

	/**
	 * Step context key: digests kept from the base generation because their bytes are
	 * gone.
	 */
	static final String KEPT = "digests.kept";

	/** Step context key: the first kept digests with the reason, one per line. */
	static final String KEPT_SAMPLES = "digests.kept.samples";

	private static final int MAX_SAMPLES = 20;

	private final RecordedDigests recorded;

	private final RemoteDigestFetcher fetcher;

	private final DigestFormats formats;

	private final ZoneId zone;

	private final DigestLedger ledger;

	private final DigestReading position = new DigestReading();

	private List<RecordedDigests.Source> sources;

	private SourceStream current;

	private long kept;

	private String keptSamples = "";

	private String expectedSha;

	RebuildItemReader(RecordedDigests recorded, RemoteDigestFetcher fetcher, DigestFormats formats, ZoneId zone,
			DigestLedger ledger) {
		this.recorded = recorded;
		this.fetcher = fetcher;
		this.formats = formats;
		this.zone = zone;
		this.ledger = ledger;
	}

	@Override
	public void open(ExecutionContext context) {
		this.sources = this.recorded.sources();
		this.position.sizes(this.sources.stream()
			.mapToLong(s -> RemoteDigestFetcher.isUrl(s.location()) ? 0 : DigestReading.sizeOf(Path.of(s.location())))
			.toArray());
		this.position.restore(context);
		this.kept = context.getLong(KEPT, 0);
		this.keptSamples = context.getString(KEPT_SAMPLES, "");
		if (context.containsKey(DigestReading.FILE_PATH) && (this.position.index() >= this.sources.size()
				|| !location(this.position.index()).equals(context.getString(DigestReading.FILE_PATH)))) {
			throw new ItemStreamException("the recorded digests changed since the failed run: expected "
					+ context.getString(DigestReading.FILE_PATH) + " as source " + (this.position.index() + 1));
		}
		long resume = context.getLong(DigestReading.FILE_ITEMS, 0);
		if (resume > 0) {
			this.expectedSha = context.getString(DigestReading.FILE_SHA, null);
			log.info("resuming at {} after entry {}", location(this.position.index()), resume);
			for (long i = 0; i < resume; i++) {
				if (nextOfCurrent() == null) {
					throw new ItemStreamException("the source " + location(this.position.index())
							+ " is shorter than when the failed run read it");
				}
			}
		}
	}

	@Override
	public DigestItem read() {
		while (this.position.index() < this.sources.size()) {
			DigestItem item = nextOfCurrent();
			if (item != null) {
				this.position.counted(item);
				return item;
			}
			this.position.sourceDone(this.current != null && this.current.unchanged);
			closeCurrent();
		}
		return null;
	}

	private DigestItem nextOfCurrent() {
		try {
			if (this.current == null) {
				this.current = new SourceStream(this.sources.get(this.position.index()));
			}
			DigestItem item = this.current.next();
			if (item != null) {
				this.position.itemOfSource();
			}
			return item;
		}
		catch (IOException ex) {
			// the message says it all: the operator fixes the file, not the code
			String location = location(this.position.index());
			throw new SourceReadException(location, this.position.sourceItems(),
					"cannot read " + location + ": " + ex.getMessage()
							+ " (fix it and restart this rebuild, or remove it to keep its recorded digests)");
		}
	}

	private void closeCurrent() {
		if (this.current != null) {
			this.current.close();
			this.current = null;
		}
	}

	private String location(int index) {
		return this.sources.get(index).location();
	}

	@Override
	public void update(ExecutionContext context) {
		this.position.save(context,
				(this.position.index() < this.sources.size()) ? location(this.position.index()) : null,
				(this.current != null) ? this.current.sha : null);
		context.putLong(KEPT, this.kept);
		context.putString(KEPT_SAMPLES, this.keptSamples);
	}

	@Override
	public void close() {
		closeCurrent();
	}

	private void keep(RecordedDigests.Recorded digest, String why) {
		this.kept++;
		String sample = digest.ref().location() + ": " + why + "; its " + digest.entries()
				+ " entries are kept as the catalog had them";
		log.info("kept: {}", sample);
		if (this.keptSamples.lines().count() < MAX_SAMPLES) {
			this.keptSamples = this.keptSamples.isEmpty() ? sample : this.keptSamples + "\n" + sample;
		}
	}

	/**
	 * One recorded source: what it holds now, then the recorded digests it no longer
	 * gave, from the catalog.
	 */
	private final class SourceStream {

		private final RecordedDigests.Source source;

		private final Map<String, RecordedDigests.Recorded> bySha;

		private final Set<String> seen = new HashSet<>();

		private final Deque<RecordedDigests.Recorded> toKeep = new ArrayDeque<>();

		private DigestItemStream reading;

		private boolean replaying;

		private boolean queued;

		private String gone;

		private String sha;

		private boolean unchanged;

		private DigestFile file;

		SourceStream(RecordedDigests.Source source) throws IOException {
			this.source = source;
			this.bySha = source.digests()
				.stream()
				.collect(Collectors.toMap(d -> d.ref().sha256(), Function.identity(), (a, b) -> a));
			this.reading = openNow();
		}

		private DigestItemStream openNow() throws IOException {
			String location = this.source.location();
			Path path;
			String name;
			if (RemoteDigestFetcher.isUrl(location)) {
				try {
					RemoteDigestFetcher.Fetched fetched = RebuildItemReader.this.fetcher.fetch(URI.create(location));
					path = fetched.body();
					name = fetched.name();
				}
				catch (DigestInputException | IllegalArgumentException ex) {
					this.gone = "cannot be fetched now (" + ex.getMessage() + ")";
					return null;
				}
			}
			else {
				path = Path.of(location);
				name = path.getFileName().toString();
				if (!Files.exists(path)) {
					this.gone = "the file is gone";
					return null;
				}
				if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
					throw new IOException(Files.isDirectory(path) ? "it is a directory now, not a digest file"
							: "it cannot be read (permissions?)");
				}
			}
			DigestFile file = new DigestFile(path, location, name, RebuildItemReader.this.formats, null);
			this.sha = file.sha256();
			String expected = RebuildItemReader.this.expectedSha;
			RebuildItemReader.this.expectedSha = null;
			if (expected != null && !expected.equals(this.sha)) {
				throw new ItemStreamException("the digest " + location + " changed since the failed run read it; "
						+ "restore it, or start a new rebuild instead of restarting");
			}
			if (RebuildItemReader.this.ledger.completedAs(this.sha).isPresent()) {
				// the same bytes were read from another source earlier in this rebuild
				this.seen.add(this.sha);
				this.unchanged = true;
				return null;
			}
			RecordedDigests.Recorded top = this.bySha.get(this.sha);
			if (top != null && RebuildItemReader.this.formats.byName(top.ref().format()).isPresent()) {
				// read the way it was read before, whatever sniffing says today
				file = new DigestFile(path, location, name, RebuildItemReader.this.formats, top.ref().format());
			}
			else {
				Optional<String> notADigest = file.notADigestReason();
				if (notADigest.isPresent()) {
					return DigestItemStream.of(new RejectedEntry(
							(top != null) ? top.ref() : new DigestRef(this.sha, location, "unknown", null, null), 0, 1,
							notADigest.get(), null));
				}
			}
			this.file = file;
			return file.open(file.parser().orElseThrow(), (top != null) ? top.ref().date() : null,
					RebuildItemReader.this.zone, this.sha, context());
		}

		DigestItem next() throws IOException {
			while (true) {
				if (this.reading != null) {
					DigestItem item = this.reading.next();
					if (item != null) {
						this.seen.add(item.digest().sha256());
						return this.replaying ? item : asRecorded(item);
					}
					this.reading.close();
					this.reading = null;
				}
				if (!this.queued) {
					queueWhatWasNotSeen();
					this.queued = true;
				}
				RecordedDigests.Recorded next = this.toKeep.poll();
				if (next == null) {
					return null;
				}
				this.reading = RebuildItemReader.this.recorded.replay(next.ref());
				this.replaying = true;
			}
		}

		private void queueWhatWasNotSeen() {
			for (RecordedDigests.Recorded digest : this.source.digests()) {
				String sha = digest.ref().sha256();
				if (!this.seen.contains(sha) && RebuildItemReader.this.ledger.completedAs(sha).isEmpty()) {
					keep(digest, (this.gone != null) ? this.gone : "its bytes changed since it was read");
					this.toKeep.add(digest);
				}
			}
		}

		/** An item of a recorded digest, with the date, format and location recorded. */
		private DigestItem asRecorded(DigestItem item) {
			RecordedDigests.Recorded digest = this.bySha.get(item.digest().sha256());
			if (digest == null || digest.ref().equals(item.digest())) {
				return item;
			}
			DigestRef ref = digest.ref();
			if (item instanceof DigestEntry e) {
				return new DigestEntry(ref, e.ordinal(), e.line(), e.title(), e.abstractText(), e.authors(),
						e.arxivId(), e.doi(), e.details());
			}
			RejectedEntry r = (RejectedEntry) item;
			return new RejectedEntry(ref, r.ordinal(), r.line(), r.reason(), r.rawText());
		}

		private DigestContext context() {
			return new DigestContext() {
				@Override
				public DigestFormats formats() {
					return RebuildItemReader.this.formats;
				}

				@Override
				public boolean isLoaded(String digestSha) {
					boolean loaded = RebuildItemReader.this.ledger.completedAs(digestSha).isPresent();
					if (loaded) {
						SourceStream.this.seen.add(digestSha);
					}
					return loaded;
				}
			};
		}

		void close() {
			if (this.reading != null) {
				try {
					this.reading.close();
				}
				catch (IOException ex) {
					log.warn("could not close {}: {}", this.source.location(), ex.getMessage());
				}
			}
		}

	}

	@Override
	public long bytesDone() {
		SourceStream source = this.current;
		return this.position.bytesDone((source != null && source.file != null) ? source.file.bytesRead() : 0);
	}

	@Override
	public long bytesTotal() {
		return this.position.bytesTotal();
	}

	@Override
	public void onSourceUnchanged(Runnable counter) {
		this.position.onUnchanged(counter);
	}

}
