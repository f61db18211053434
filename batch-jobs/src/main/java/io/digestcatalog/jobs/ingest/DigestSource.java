package io.digestcatalog.jobs.ingest;

import java.nio.file.Path;

/**
 * One input of an ingest run, resolved: a file on disk (for a URL, its downloaded body),
 * or the reason it could not be had.
 *
 * @param location what the operator named (path or URL)
 * @param path the bytes on disk, or {@code null} when it failed
 * @param name the name that hints at format and date
 * @param failure why it could not be had, or {@code null}
 */
record DigestSource(String location, Path path, String name, String failure) {

	static DigestSource file(Path path) {
		return new DigestSource(path.toString(), path, path.getFileName().toString(), null);
	}

	static DigestSource failed(String location, String failure) {
		return new DigestSource(location, null, location, failure);
	}

}
