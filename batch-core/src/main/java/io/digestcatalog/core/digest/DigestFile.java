package io.digestcatalog.core.digest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A digest file on disk: its content hash, its format by sniffing and a stream of its
 * entries. A file that is no digest at all yields one rejected item for the whole file.
 */
public final class DigestFile {

	private static final int SNIFF_BYTES = 8192;

	private final Path path;

	private final DigestFormats formats;

	private final String forcedFormat;

	private final String location;

	private final String name;

	private byte[] head;

	private final java.util.concurrent.atomic.AtomicLong consumed = new java.util.concurrent.atomic.AtomicLong();

	public DigestFile(Path path, DigestFormats formats, String forcedFormat) {
		this(path, path.toString(), path.getFileName().toString(), formats, forcedFormat);
	}

	/**
	 * A digest stored at {@code path} but known to the operator by another location (a
	 * URL whose body was downloaded), with the name that hints at its format and date.
	 */
	public DigestFile(Path path, String location, String name, DigestFormats formats, String forcedFormat) {
		this.path = path;
		this.location = location;
		this.name = name;
		this.formats = formats;
		this.forcedFormat = forcedFormat;
	}

	/** Where the digest came from, as the operator named it. */
	public String location() {
		return this.location;
	}

	public Path path() {
		return this.path;
	}

	/** Bytes of the file the parser has read so far (for progress). */
	public long bytesRead() {
		return this.consumed.get();
	}

	public String sha256() throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(this.path), sha())) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
	}

	/**
	 * Sniffs the format; empty with a reason when the file is not a digest this build
	 * reads.
	 */
	public Optional<DigestParser> parser() throws IOException {
		if (this.forcedFormat != null) {
			return Optional.of(this.formats.byName(this.forcedFormat)
				.orElseThrow(() -> new DigestInputException("unknown format " + this.forcedFormat + " (known: "
						+ String.join(", ", this.formats.names()) + ")")));
		}
		return this.formats.sniff(head(), this.name);
	}

	/** Why this file is not a digest, for the operator; empty when it is one. */
	public Optional<String> notADigestReason() throws IOException {
		if (Files.size(this.path) == 0) {
			return Optional.of("empty file");
		}
		if (parser().isPresent()) {
			return Optional.empty();
		}
		return Optional.of(TextSniffer.binaryReason(head()).orElse("not a digest format this build reads"));
	}

	/**
	 * Opens the file's entries; items of nested digests (a mailbox's messages) carry
	 * their own refs.
	 */
	public DigestItemStream open(DigestParser parser, LocalDate explicitDate, java.time.ZoneId zone, String sha256,
			DigestContext context) throws IOException {
		DigestDateHint dates = new DigestDateHint(explicitDate, this.name,
				Files.getLastModifiedTime(this.path).toInstant(), zone);
		DigestSourceInfo info = new DigestSourceInfo(sha256, this.location, dates, null, context);
		return parser.open(new CountingInputStream(Files.newInputStream(this.path), this.consumed), info);
	}

	/** Opens the file's entries on its own, with the standard formats. */
	public DigestItemStream open(DigestParser parser, LocalDate explicitDate, java.time.ZoneId zone, String sha256)
			throws IOException {
		return open(parser, explicitDate, zone, sha256, DigestContext.of(this.formats));
	}

	/**
	 * The first bytes, read once: sniffing and the not-a-digest check both look at them.
	 */
	private byte[] head() throws IOException {
		if (this.head == null) {
			try (InputStream in = Files.newInputStream(this.path)) {
				this.head = in.readNBytes(SNIFF_BYTES);
			}
		}
		return this.head;
	}

	private static MessageDigest sha() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
