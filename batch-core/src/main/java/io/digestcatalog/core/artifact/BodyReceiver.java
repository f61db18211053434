package io.digestcatalog.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Streams a response body into the store while hashing and counting it, and gives up
 * (closing the stream, deleting the partial file) as soon as it is too large, of the
 * wrong kind, silent too long, or cut short: no truncated or unwanted body is ever kept.
 */
final class BodyReceiver {

	/** A body now in the store. */
	record Received(String sha256, long size, Path path) {

	}

	private static final int HEAD = 16;

	private final ContentStore store;

	private final ReadWatchdog watchdog;

	private final FetchPolicy policy;

	BodyReceiver(ContentStore store, ReadWatchdog watchdog, FetchPolicy policy) {
		this.store = store;
		this.watchdog = watchdog;
		this.policy = policy;
	}

	/**
	 * @param declaredLength the Content-Length, or -1
	 * @param deadlineNanos when the whole request must be over ({@link System#nanoTime})
	 */
	Received receive(InputStream body, long declaredLength, ExpectedContent expected, long deadlineNanos)
			throws FetchFailure {
		ReadWatchdog.Watch watch = this.watchdog.watch(body, this.policy.readTimeout(), deadlineNanos,
				this.policy.totalTimeout());
		Path temp = null;
		try {
			temp = this.store.newTemporaryFile();
			MessageDigest sha = Hashing.sha256();
			long size = copy(body, temp, sha, watch, declaredLength, expected);
			String hex = HexFormat.of().formatHex(sha.digest());
			Path path = this.store.commit(temp, hex);
			temp = null;
			return new Received(hex, size, path);
		}
		catch (IOException ex) {
			throw FetchFailure.permanent("cannot write to the store: " + Lines.clean(String.valueOf(ex.getMessage())));
		}
		finally {
			watch.close();
			closeQuietly(body);
			deleteQuietly(temp);
		}
	}

	private long copy(InputStream in, Path temp, MessageDigest sha, ReadWatchdog.Watch watch, long declared,
			ExpectedContent expected) throws IOException, FetchFailure {
		byte[] magic = expected.magicBytes();
		byte[] head = new byte[HEAD];
		int headLength = 0;
		long count = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(temp)) {
			while (true) {
				int n = read(in, buffer, watch, count, declared);
				if (n < 0) {
					break;
				}
				watch.progress();
				count += n;
				if (count > this.policy.maxBytes()) {
					throw FetchFailure
						.permanent("body larger than " + Lines.size(this.policy.maxBytes()) + ", aborted");
				}
				int copied = Math.min(n, HEAD - headLength);
				System.arraycopy(buffer, 0, head, headLength, copied);
				int before = headLength;
				headLength += copied;
				if (before < magic.length && headLength >= magic.length) {
					checkMagic(expected, head, headLength);
				}
				sha.update(buffer, 0, n);
				out.write(buffer, 0, n);
			}
		}
		if (watch.expired() != null) {
			throw FetchFailure.transientFailure(watch.expired());
		}
		if (headLength < magic.length) {
			checkMagic(expected, head, headLength);
		}
		if (declared >= 0 && count != declared) {
			throw FetchFailure.transientFailure("truncated body: " + count + " of " + declared + " bytes");
		}
		return count;
	}

	private static int read(InputStream in, byte[] buffer, ReadWatchdog.Watch watch, long count, long declared)
			throws FetchFailure {
		try {
			return in.read(buffer);
		}
		catch (IOException ex) {
			if (watch.expired() != null) {
				throw FetchFailure.transientFailure(watch.expired());
			}
			throw FetchFailure
				.transientFailure((declared >= 0) ? "truncated body: " + count + " of " + declared + " bytes"
						: "truncated body: connection closed after " + count + " bytes");
		}
	}

	private static void checkMagic(ExpectedContent expected, byte[] head, int length) throws FetchFailure {
		String problem = expected.headProblem(head, length);
		if (problem != null) {
			throw FetchFailure.permanent(problem);
		}
	}

	/** Closing a body early also drops its connection, which is what an abort wants. */
	static void closeQuietly(InputStream body) {
		try {
			body.close();
		}
		catch (IOException ex) {
			// nothing more will be read from it either way
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a stray .part file in tmp/ holds no name and is never read
			}
		}
	}

}
