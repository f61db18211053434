package io.digestcatalog.core.extract;

import java.util.Objects;

/**
 * An identifier seen somewhere in an entry (an arXiv id or a DOI).
 *
 * @param kind {@code arxiv} or {@code doi}
 * @param value the versionless arXiv id or the lower-cased DOI
 */
public record Identifier(String kind, String value) {

	public static final String ARXIV = "arxiv";

	public static final String DOI = "doi";

	public Identifier {
		Objects.requireNonNull(value, "value");
		if (!ARXIV.equals(kind) && !DOI.equals(kind)) {
			throw new IllegalArgumentException("unknown identifier kind: " + kind);
		}
	}

	public static Identifier of(ArxivId id) {
		return new Identifier(ARXIV, id.id());
	}

	public static Identifier of(Doi doi) {
		return new Identifier(DOI, doi.value());
	}

}
