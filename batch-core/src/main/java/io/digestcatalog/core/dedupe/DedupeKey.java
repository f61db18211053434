package io.digestcatalog.core.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * A key under which two sightings are the same paper.
 *
 * @param kind {@code arxiv}, {@code doi} or {@code title}
 * @param value the versionless arXiv id, the lower-cased DOI, or the title hash
 */
public record DedupeKey(String kind, String value) {

	public static final String ARXIV = "arxiv";

	public static final String DOI = "doi";

	public static final String TITLE = "title";

	private static final Set<String> KINDS = Set.of(ARXIV, DOI, TITLE);

	public DedupeKey {
		Objects.requireNonNull(value, "value");
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("unknown dedupe key kind: " + kind);
		}
	}

	/**
	 * Keys rank arXiv id, then DOI, then title: a paper's id derives from its best key.
	 */
	public int rank() {
		return switch (this.kind) {
			case ARXIV -> 0;
			case DOI -> 1;
			default -> 2;
		};
	}

	/**
	 * The catalog id of a paper first seen under this key. Deterministic, so that a
	 * restarted run assigns exactly the ids a clean run would.
	 */
	public String paperId() {
		return paperIdOf(this.kind + ":" + this.value);
	}

	/**
	 * A paper id derived from a seed: "P" and the first 16 hex digits of the seed's
	 * SHA-256.
	 */
	public static String paperIdOf(String seed) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
			return "P" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	@Override
	public String toString() {
		return this.kind + ":" + this.value;
	}

}
