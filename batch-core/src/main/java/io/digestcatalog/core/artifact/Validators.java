package io.digestcatalog.core.artifact;

/**
 * What a previous successful fetch of a URL left to make the next one conditional: the
 * server's validators, and which stored body they describe.
 *
 * @param etag the ETag header, or {@code null}
 * @param lastModified the Last-Modified header, or {@code null}
 * @param sha256 the stored body they validate
 */
public record Validators(String etag, String lastModified, String sha256) {

	public Validators {
		ContentStore.requireSha256(sha256);
		etag = blankToNull(etag);
		lastModified = blankToNull(lastModified);
	}

	/**
	 * Whether there is anything to send: without a validator no request is conditional.
	 */
	public boolean any() {
		return this.etag != null || this.lastModified != null;
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s;
	}

}
