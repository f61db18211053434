package io.digestcatalog.core.catalog;

/**
 * An artifact to fetch, with what the last fetch left for a conditional request.
 *
 * @param paperId the paper it belongs to
 * @param url where it is
 * @param kind what it is, e.g. {@code PDF}
 * @param host the URL's host, the unit of politeness and of partitioning
 * @param etag the last ETag, or {@code null}
 * @param lastModified the last Last-Modified, or {@code null}
 * @param sha256 the last body's hash, or {@code null}
 */
public record PendingArtifact(String paperId, String url, String kind, String host, String etag, String lastModified,
		String sha256) {

}
