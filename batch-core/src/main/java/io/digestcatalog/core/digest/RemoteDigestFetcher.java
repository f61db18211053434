package io.digestcatalog.core.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Downloads a digest named by an http(s) URL into a content-addressed cache, with a
 * conditional GET (ETag, Last-Modified) remembered between runs: a nightly run transfers
 * nothing for a digest that did not change, and reads the cached body instead.
 */
public final class RemoteDigestFetcher {

	/**
	 * What to send next time, and where the last body is.
	 *
	 * @param etag the last ETag, or {@code null}
	 * @param lastModified the last Last-Modified header, or {@code null}
	 * @param cachedBody the last body on disk, or {@code null}
	 */
	public record Validators(String etag, String lastModified, Path cachedBody) {

	}

	/** Where validators are remembered (the catalog's {@code remote_source} table). */
	public interface ValidatorStore {

		Optional<Validators> load(URI url);

		void save(URI url, Validators validators, String sha256, int status);

	}

	/**
	 * A fetched digest.
	 *
	 * @param url the URL
	 * @param body the body on disk
	 * @param name a file name for format and date hints (the URL's last path segment)
	 * @param notModified whether the server answered 304 and the cached body was used
	 */
	public record Fetched(URI url, Path body, String name, boolean notModified) {

	}

	private final HttpClient client;

	private final Path cacheDir;

	private final ValidatorStore store;

	private final Duration timeout;

	private final long maxBytes;

	public RemoteDigestFetcher(HttpClient client, Path cacheDir, ValidatorStore store, Duration timeout,
			long maxBytes) {
		this.client = client;
		this.cacheDir = cacheDir;
		this.store = store;
		this.timeout = timeout;
		this.maxBytes = maxBytes;
	}

	public static boolean isUrl(String input) {
		return input.startsWith("http://") || input.startsWith("https://");
	}

	/**
	 * Fetches the URL; a failure is a {@link DigestInputException} with a one-line
	 * reason.
	 */
	public Fetched fetch(URI url) {
		Optional<Validators> known = this.store.load(url)
			.filter(v -> v.cachedBody() != null && Files.isRegularFile(v.cachedBody()));
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(this.timeout)
			.header("User-Agent", "digestcat/0.1 (+https://github.com/digest-catalog)")
			.GET();
		known.map(Validators::etag).ifPresent(etag -> request.header("If-None-Match", etag));
		known.map(Validators::lastModified).ifPresent(lm -> request.header("If-Modified-Since", lm));
		HttpResponse<InputStream> response;
		try {
			Files.createDirectories(this.cacheDir);
			response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new DigestInputException("cannot fetch " + url + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DigestInputException("interrupted while fetching " + url);
		}
		String name = nameOf(url);
		if (response.statusCode() == 304 && known.isPresent()) {
			close(response);
			return new Fetched(url, known.get().cachedBody(), name, true);
		}
		if (response.statusCode() != 200) {
			close(response);
			throw new DigestInputException("cannot fetch " + url + ": HTTP " + response.statusCode());
		}
		Path body = store(url, response);
		return new Fetched(url, body, name, false);
	}

	private Path store(URI url, HttpResponse<InputStream> response) {
		Path tmp = null;
		try (InputStream in = response.body()) {
			tmp = Files.createTempFile(this.cacheDir, "download-", ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long copied = 0;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
				byte[] buf = new byte[65536];
				int n;
				while ((n = in.read(buf)) > 0) {
					copied += n;
					if (copied > this.maxBytes) {
						throw new DigestInputException(
								"cannot fetch " + url + ": larger than " + this.maxBytes + " bytes");
					}
					out.write(buf, 0, n);
				}
			}
			String hex = HexFormat.of().formatHex(sha.digest());
			Path body = this.cacheDir.resolve(hex);
			Files.move(tmp, body, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
			stampModified(body, lastModified);
			this.store.save(url, new Validators(response.headers().firstValue("ETag").orElse(null), lastModified, body),
					hex, response.statusCode());
			return body;
		}
		catch (IOException ex) {
			throw new DigestInputException("cannot fetch " + url + ": " + ex.getMessage());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
		finally {
			deleteQuietly(tmp);
		}
	}

	/**
	 * The file's time is the server's Last-Modified, so a digest is dated as the server
	 * dates it.
	 */
	private static void stampModified(Path body, String lastModified) throws IOException {
		if (lastModified == null) {
			return;
		}
		try {
			ZonedDateTime t = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
			Files.setLastModifiedTime(body, FileTime.from(t.toInstant()));
		}
		catch (java.time.format.DateTimeParseException ex) {
			// an unreadable header dates nothing; the download time stands
		}
	}

	static String nameOf(URI url) {
		String path = (url.getPath() != null) ? url.getPath() : "";
		String last = path.substring(path.lastIndexOf('/') + 1);
		return last.isEmpty() ? url.getHost() : last;
	}

	private static void close(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ex) {
			// nothing was to be read
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a leftover .part file is harmless and reused names never clash
			}
		}
	}

}
