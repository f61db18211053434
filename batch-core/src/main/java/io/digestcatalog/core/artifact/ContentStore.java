package io.digestcatalog.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Downloaded bodies stored by their SHA-256 under {@code root/ab/cd/<sha256>}: a body
 * seen under many URLs is one file, and no name a server or a digest chose ever reaches
 * the file system. Bodies are written to {@code root/tmp/} first and renamed into place
 * atomically, so a reader sees a whole file or none.
 */
public final class ContentStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	public ContentStore(Path root) {
		this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
	}

	public Path root() {
		return this.root;
	}

	/** Where a body with this hash is (or would be) stored. */
	public Path path(String sha256) {
		requireSha256(sha256);
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	public boolean contains(String sha256) {
		return Files.isRegularFile(path(sha256));
	}

	/** Stores these bytes and returns their SHA-256. */
	public String put(InputStream bytes) throws IOException {
		Path temp = newTemporaryFile();
		try {
			MessageDigest sha = Hashing.sha256();
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
				bytes.transferTo(out);
			}
			String hex = HexFormat.of().formatHex(sha.digest());
			commit(temp, hex);
			return hex;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A new empty file on the store's file system, for a body being received. */
	Path newTemporaryFile() throws IOException {
		Path tmp = Files.createDirectories(this.root.resolve("tmp"));
		return Files.createTempFile(tmp, "body-", ".part");
	}

	/**
	 * Moves a complete temporary file into place under its hash, flushed to disk first;
	 * when the body is already stored the temporary file is dropped instead.
	 */
	Path commit(Path temporary, String sha256) throws IOException {
		Path target = path(sha256);
		if (Files.isRegularFile(target)) {
			Files.delete(temporary);
			return target;
		}
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			// another thread stored the same bytes meanwhile: same hash, same content
			Files.delete(temporary);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("the store's tmp folder must be on the same file system as " + this.root, ex);
		}
		return target;
	}

	static String requireSha256(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
		}
		return sha256;
	}

}
