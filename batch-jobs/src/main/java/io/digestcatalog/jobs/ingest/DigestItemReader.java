package io.digestcatalog.jobs.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.digestcatalog.core.catalog.DigestLedger;
import io.digestcatalog.core.digest.DigestContext;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.RejectedEntry;

/**
 * Streams the entries of every input digest, one source after another. Its position
 * (which source, how many items of it, the source's hash) is saved with each chunk, so a
 * restart resumes where the last committed chunk ended. Digests already loaded (same
 * bytes) are passed over; a source that is no digest, or cannot be fetched, yields one
 * rejected item.
 */
class DigestItemReader implements ItemStreamReader<DigestItem>, ReadProgress {

	private static final Logger log = LoggerFactory.getLogger(DigestItemReader.class);

	private final List<String> inputs;

	private final DigestReaderSettings settings;

	private final DigestLedger ledger;

	private final DigestReading position = new DigestReading();

	private DigestFile currentFile;

	private List<DigestSource> sources;

	private DigestItemStream current;

	private boolean currentUnchanged;

	private String currentSha;

	/**
	 * The hash the failed run saw for the source being resumed; checked when it is
	 * reopened.
	 */
	private String expectedSha;

	DigestItemReader(List<String> inputs, DigestReaderSettings settings, DigestLedger ledger) {
		this.inputs = inputs;
		this.settings = settings;
		this.ledger = ledger;
	}

	/**
	 * How digests are read.
	 *
	 * @param formats the known formats
	 * @param forcedFormat a format name overriding sniffing, or {@code null}
	 * @param digestDate an explicit digest date, or {@code null}
	 * @param zone the zone of file modification times
	 * @param resolver turns inputs into sources
	 */
	record DigestReaderSettings(DigestFormats formats, String forcedFormat, LocalDate digestDate, ZoneId zone,
			DigestSourceResolver resolver) {

	}

	@Override
	public void open(ExecutionContext context) {
		this.sources = this.settings.resolver().resolve(this.inputs);
		this.position.sizes(this.sources.stream().mapToLong(s -> DigestReading.sizeOf(s.path())).toArray());
		this.position.restore(context);
		int index = this.position.index();
		long resumeItems = context.getLong(DigestReading.FILE_ITEMS, 0);
		if (context.containsKey(DigestReading.FILE_PATH)
				&& !resumesAt(index, resumeItems, context.getString(DigestReading.FILE_PATH))) {
			throw new ItemStreamException("the inputs changed since the failed run: expected "
					+ context.getString(DigestReading.FILE_PATH) + " as input " + (index + 1) + ", found "
					+ ((index < this.sources.size()) ? this.sources.get(index).location() : "no such input"));
		}
		if (resumeItems > 0) {
			this.expectedSha = context.getString(DigestReading.FILE_SHA, null);
			log.info("resuming at {} after entry {}", this.sources.get(index).location(), resumeItems);
			for (long i = 0; i < resumeItems; i++) {
				if (nextOfCurrentSource() == null) {
					throw new ItemStreamException("the digest " + this.sources.get(index).location()
							+ " is shorter than when the failed run read it");
				}
			}
		}
	}

	/**
	 * Whether the source a stopped run was in is the one at {@code index}; past the last
	 * source (none of it read), a position saved before the reader forgot the path there
	 * names the last source.
	 */
	private boolean resumesAt(int index, long items, String location) {
		if (index < this.sources.size()) {
			return this.sources.get(index).location().equals(location);
		}
		return index == this.sources.size() && items == 0 && !this.sources.isEmpty()
				&& this.sources.get(index - 1).location().equals(location);
	}

	@Override
	public DigestItem read() {
		while (this.position.index() < this.sources.size()) {
			DigestItem item = nextOfCurrentSource();
			if (item != null) {
				this.position.counted(item);
				return item;
			}
			closeCurrent();
			this.position.sourceDone(this.currentUnchanged);
		}
		return null;
	}

	private DigestItem nextOfCurrentSource() {
		try {
			if (this.current == null) {
				openCurrent();
			}
			DigestItem item = this.current.next();
			if (item != null) {
				this.position.itemOfSource();
				if (item.ordinal() == 1 && item.digest().date() != null) {
					DigestRef ref = item.digest();
					log.info("reading {} as {}, dated {} ({})", ref.location(), ref.format(), ref.date(),
							ref.dateOrigin());
				}
			}
			return item;
		}
		catch (IOException ex) {
			String location = this.sources.get(this.position.index()).location();
			throw new SourceReadException(location, this.position.sourceItems(),
					"cannot read " + location + ": " + ex.getMessage());
		}
	}

	private void openCurrent() throws IOException {
		DigestSource source = this.sources.get(this.position.index());
		this.currentUnchanged = false;
		if (source.failure() != null) {
			this.current = DigestItemStream.of(reject(sha256Of(source.location()), source, source.failure()));
			return;
		}
		DigestFile file = new DigestFile(source.path(), source.location(), source.name(), this.settings.formats(),
				this.settings.forcedFormat());
		String sha = file.sha256();
		if (this.expectedSha != null && !this.expectedSha.equals(sha)) {
			throw new ItemStreamException("the digest " + source.location() + " changed since the failed run read it; "
					+ "restore it, or start a new ingest instead of restarting");
		}
		this.expectedSha = null;
		this.currentSha = sha;
		Optional<String> loadedAs = this.ledger.completedAs(sha);
		if (loadedAs.isPresent()) {
			log.info("unchanged: {} (already loaded{})", source.location(),
					loadedAs.get().equals(source.location()) ? "" : " as " + loadedAs.get());
			this.currentUnchanged = true;
			this.current = DigestItemStream.of(null);
			return;
		}
		Optional<String> notADigest = (this.settings.forcedFormat() == null) ? file.notADigestReason()
				: Optional.empty();
		if (notADigest.isPresent()) {
			this.current = DigestItemStream.of(reject(sha, source, notADigest.get()));
			return;
		}
		DigestParser parser = file.parser().orElseThrow();
		this.currentFile = file;
		this.current = file.open(parser, this.settings.digestDate(), this.settings.zone(), sha, context());
	}

	private DigestContext context() {
		return new DigestContext() {
			@Override
			public DigestFormats formats() {
				return DigestItemReader.this.settings.formats();
			}

			@Override
			public boolean isLoaded(String digestSha) {
				return DigestItemReader.this.ledger.completedAs(digestSha).isPresent();
			}
		};
	}

	private static RejectedEntry reject(String sha, DigestSource source, String reason) {
		return new RejectedEntry(new DigestRef(sha, source.location(), "unknown", null, null), 0, 1, reason, null);
	}

	private void closeCurrent() {
		if (this.current != null) {
			try {
				this.current.close();
			}
			catch (IOException ex) {
				log.warn("could not close {}: {}", this.sources.get(this.position.index()).location(), ex.getMessage());
			}
			this.current = null;
		}
		this.currentSha = null;
		this.currentFile = null;
	}

	@Override
	public void update(ExecutionContext context) {
		int index = this.position.index();
		this.position.save(context, (index < this.sources.size()) ? this.sources.get(index).location() : null,
				this.currentSha);
	}

	@Override
	public void close() {
		closeCurrent();
	}

	private static String sha256Of(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	@Override
	public long bytesDone() {
		DigestFile file = this.currentFile;
		return this.position.bytesDone((file != null) ? file.bytesRead() : 0);
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
