package io.digestcatalog.core.artifact.pdf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;
import io.digestcatalog.core.extract.Link;
import io.digestcatalog.core.extract.LinkKind;

/**
 * What a paper's PDF says about itself: the producer's metadata as found, and what the
 * first page shows (title, authors, abstract, arXiv stamp, DOIs, links).
 *
 * @param pages the number of pages
 * @param info the document information dictionary
 * @param xmpTitle the XMP {@code dc:title}, or {@code null}
 * @param xmpCreators the XMP {@code dc:creator} entries
 * @param title the paper's title as page 1 shows it (spelled as the Info/XMP title when
 * that matches the page), or {@code null} when none was found
 * @param titleSource where the title came from
 * @param authors author names from page 1, affiliations and marks removed
 * @param abstractText the abstract from page 1, or {@code null}
 * @param arxivId the arXiv id from the margin stamp, or {@code null}
 * @param dois DOIs written on page 1
 * @param links URLs from link annotations (all pages, bounded) and the first pages' text
 */
public record PdfMetadata(int pages, PdfInfo info, String xmpTitle, List<String> xmpCreators, String title,
		TitleSource titleSource, List<String> authors, String abstractText, ArxivId arxivId, List<Doi> dois,
		List<PdfLink> links) {

	/** Pages whose links count as the paper naming its own artifacts (front matter). */
	static final int FRONT_PAGES = 2;

	public PdfMetadata {
		if (pages < 1) {
			throw new IllegalArgumentException("a PDF with metadata has pages: " + pages);
		}
		Objects.requireNonNull(info, "info");
		Objects.requireNonNull(titleSource, "titleSource");
		if ((title == null) != (titleSource == TitleSource.NONE)) {
			throw new IllegalArgumentException("a title needs a source and only a missing title has none");
		}
		xmpCreators = List.copyOf(xmpCreators);
		authors = List.copyOf(authors);
		dois = List.copyOf(dois);
		links = List.copyOf(links);
	}

	/**
	 * The code repository the paper names for itself: the first repository link on its
	 * front pages (references on later pages cite other people's code).
	 */
	public Optional<Link> codeRepository() {
		return this.links.stream()
			.filter(l -> l.page() <= FRONT_PAGES && l.link().kind() == LinkKind.CODE)
			.map(PdfLink::link)
			.findFirst();
	}

	/** Where a title came from. */
	public enum TitleSource {

		/** The largest lines at the top of page 1. */
		PAGE,
		/** The Info or XMP title, because page 1 shows (nearly) the same words. */
		METADATA_MATCHING_PAGE,
		/** The Info or XMP title, because page 1 shows no title (e.g. a scan). */
		METADATA_ONLY,
		/** No title was found. */
		NONE

	}

}
