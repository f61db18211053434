package io.digestcatalog.core.artifact.pdf;

import java.util.Objects;

import io.digestcatalog.core.extract.Link;

/**
 * A URL found in a PDF, normalized and classified, with where it was found.
 *
 * @param link the classified link
 * @param page the 1-based page it was found on
 * @param origin a link annotation or the page's text
 */
public record PdfLink(Link link, int page, Origin origin) {

	public PdfLink {
		Objects.requireNonNull(link, "link");
		Objects.requireNonNull(origin, "origin");
		if (page < 1) {
			throw new IllegalArgumentException("pages count from 1: " + page);
		}
	}

	/** Where in the PDF a link was found. */
	public enum Origin {

		/** A link annotation with a URI action (a clickable link). */
		ANNOTATION,
		/** A URL written in the page's text. */
		TEXT

	}

}
