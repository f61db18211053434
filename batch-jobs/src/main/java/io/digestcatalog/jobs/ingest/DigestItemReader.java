package io.digestcatalog.jobs.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Streams the entries of every input digest, one file after another. Its position (which
 * file, how many items of it) is saved with each chunk, so a restart resumes where the
 * last committed chunk ended. Digests already loaded (same bytes) are skipped; a file
 * that is no digest yields one rejected item, and the run goes on.
 */
class DigestItemReader implements ItemStreamReader<DigestItem> {

	private static final Logger log = LoggerFactory.getLogger(DigestItemReader.class);

	static final String FILE_INDEX = "file.index";

	static final String FILE_PATH = "file.path";

	static final String FILE_ITEMS = "file.items";

	static final String FILE_SHA = "file.sha256";

	static final String READ = "entries.read";

	static final String SOURCES_READ = "sources.read";

	static final String SOURCES_UNCHANGED = "sources.unchanged";

	private final List<String> inputs;

	private final DigestReaderSettings settings;

	private final DigestLedger ledger;

	private List<Path> files;

	private int fileIndex;

	private long fileItems;

	private long read;

	private long sourcesRead;

	private long sourcesUnchanged;

	private DigestItemStream current;

	private boolean currentUnchanged;

	private String currentSha;

	/**
	 * The hash the failed run saw for the file being resumed; checked when it is
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
	 */
	record DigestReaderSettings(DigestFormats formats, String forcedFormat, LocalDate digestDate, ZoneId zone) {

	}

	@Override
	public void open(ExecutionContext context) {
		this.files = io.digestcatalog.core.digest.DigestInputs.expand(this.inputs);
		this.fileIndex = context.getInt(FILE_INDEX, 0);
		long resumeItems = context.getLong(FILE_ITEMS, 0);
		this.read = context.getLong(READ, 0);
		this.sourcesRead = context.getLong(SOURCES_READ, 0);
		this.sourcesUnchanged = context.getLong(SOURCES_UNCHANGED, 0);
		if (context.containsKey(FILE_PATH) && (this.fileIndex >= this.files.size()
				|| !this.files.get(this.fileIndex).toString().equals(context.getString(FILE_PATH)))) {
			throw new ItemStreamException("the inputs changed since the failed run: expected "
					+ context.getString(FILE_PATH) + " as input " + (this.fileIndex + 1) + ", found "
					+ ((this.fileIndex < this.files.size()) ? this.files.get(this.fileIndex) : "no such input"));
		}
		if (resumeItems > 0) {
			this.expectedSha = context.getString(FILE_SHA, null);
			log.info("resuming at {} after entry {}", this.files.get(this.fileIndex), resumeItems);
			for (long i = 0; i < resumeItems; i++) {
				if (nextOfCurrentFile() == null) {
					throw new ItemStreamException("the digest " + this.files.get(this.fileIndex)
							+ " is shorter than when the failed run read it");
				}
			}
		}
	}

	@Override
	public DigestItem read() {
		while (this.fileIndex < this.files.size()) {
			DigestItem item = nextOfCurrentFile();
			if (item != null) {
				this.read++;
				return item;
			}
			if (this.currentUnchanged) {
				this.sourcesUnchanged++;
			}
			else {
				this.sourcesRead++;
			}
			closeCurrent();
			this.fileIndex++;
			this.fileItems = 0;
		}
		return null;
	}

	private DigestItem nextOfCurrentFile() {
		try {
			if (this.current == null && !openCurrent()) {
				return null;
			}
			DigestItem item = this.current.next();
			if (item != null) {
				this.fileItems++;
				if (this.fileItems == 1 && item.ordinal() > 0) {
					DigestRef ref = item.digest();
					log.info("reading {} as {}, dated {} ({})", ref.location(), ref.format(), ref.date(),
							ref.dateOrigin());
				}
			}
			return item;
		}
		catch (IOException ex) {
			throw new ItemStreamException("cannot read " + this.files.get(this.fileIndex) + ": " + ex.getMessage(), ex);
		}
	}

	/** Opens the current file; false when it is to be passed over (already loaded). */
	private boolean openCurrent() throws IOException {
		Path path = this.files.get(this.fileIndex);
		DigestFile file = new DigestFile(path, this.settings.formats(), this.settings.forcedFormat());
		String sha = file.sha256();
		if (this.expectedSha != null && !this.expectedSha.equals(sha)) {
			throw new ItemStreamException("the digest " + path + " changed since the failed run read it; "
					+ "restore it, or start a new ingest instead of restarting");
		}
		this.expectedSha = null;
		this.currentSha = sha;
		Optional<String> loadedAs = this.ledger.completedAs(sha);
		if (loadedAs.isPresent()) {
			log.info("unchanged: {} (already loaded{})", path,
					loadedAs.get().equals(path.toString()) ? "" : " as " + loadedAs.get());
			this.currentUnchanged = true;
			this.current = EMPTY;
			return true;
		}
		this.currentUnchanged = false;
		Optional<String> notADigest = (this.settings.forcedFormat() == null) ? file.notADigestReason()
				: Optional.empty();
		if (notADigest.isPresent()) {
			DigestRef ref = new DigestRef(sha, path.toString(), "unknown", null, null);
			this.current = single(new RejectedEntry(ref, 0, 1, notADigest.get(), null));
			return true;
		}
		DigestParser parser = file.parser().orElseThrow();
		DigestContext context = new DigestContext() {
			@Override
			public DigestFormats formats() {
				return DigestItemReader.this.settings.formats();
			}

			@Override
			public boolean isLoaded(String digestSha) {
				return DigestItemReader.this.ledger.completedAs(digestSha).isPresent();
			}
		};
		this.current = file.open(parser, this.settings.digestDate(), this.settings.zone(), sha, context);
		return true;
	}

	private void closeCurrent() {
		if (this.current != null) {
			try {
				this.current.close();
			}
			catch (IOException ex) {
				log.warn("could not close {}: {}", this.files.get(this.fileIndex), ex.getMessage());
			}
			this.current = null;
		}
		this.currentSha = null;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(FILE_INDEX, this.fileIndex);
		context.putLong(FILE_ITEMS, this.fileItems);
		if (this.fileIndex < this.files.size()) {
			context.putString(FILE_PATH, this.files.get(this.fileIndex).toString());
		}
		if (this.currentSha != null) {
			context.putString(FILE_SHA, this.currentSha);
		}
		context.putLong(READ, this.read);
		context.putLong(SOURCES_READ, this.sourcesRead);
		context.putLong(SOURCES_UNCHANGED, this.sourcesUnchanged);
	}

	@Override
	public void close() {
		closeCurrent();
	}

	private static final DigestItemStream EMPTY = new DigestItemStream() {
		@Override
		public DigestItem next() {
			return null;
		}

		@Override
		public void close() {
		}
	};

	private static DigestItemStream single(DigestItem item) {
		return new DigestItemStream() {
			private boolean done;

			@Override
			public DigestItem next() {
				if (this.done) {
					return null;
				}
				this.done = true;
				return item;
			}

			@Override
			public void close() {
			}
		};
	}

}
