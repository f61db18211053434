package io.digestcatalog.core.catalog;

import java.time.Instant;
import java.util.List;

/**
 * What fetching an artifact came to, as the catalog records it.
 *
 * @param fetched whether the body is stored (fetched now, or unchanged since the last
 * fetch)
 * @param finalUrl the URL after redirects, or {@code null}
 * @param httpStatus the last HTTP status, or {@code null}
 * @param contentType the content type, or {@code null}
 * @param size bytes stored, or {@code null}
 * @param sha256 hash of the stored body, or {@code null}
 * @param etag the ETag for the next conditional request, or {@code null}
 * @param lastModified the Last-Modified for the next conditional request, or {@code null}
 * @param attempts requests made
 * @param failure why it failed, one line, or {@code null}
 * @param fetchedAt when
 * @param pdf what the PDF says, or {@code null} when it was not read
 */
public record ArtifactOutcome(boolean fetched, String finalUrl, Integer httpStatus, String contentType, Long size,
		String sha256, String etag, String lastModified, int attempts, String failure, Instant fetchedAt,
		PdfFacts pdf) {

	/**
	 * The facts read from a paper's PDF.
	 *
	 * @param pages page count, or {@code null}
	 * @param title the title printed on page 1, or {@code null}
	 * @param authors author names
	 * @param abstractText the abstract, or {@code null}
	 * @param arxivId the arXiv id of the margin stamp (versionless), or {@code null}
	 * @param arxivVersion its version, or {@code null}
	 * @param dois DOIs found on page 1
	 * @param links URLs the paper names (annotations and text)
	 * @param info the PDF Info fields, one line, or {@code null}
	 * @param failure why the PDF could not be read, or {@code null}
	 */
	public record PdfFacts(Integer pages, String title, List<String> authors, String abstractText, String arxivId,
			Integer arxivVersion, List<String> dois, List<String> links, String info, String failure) {

		public PdfFacts {
			authors = (authors != null) ? List.copyOf(authors) : List.of();
			dois = (dois != null) ? List.copyOf(dois) : List.of();
			links = (links != null) ? List.copyOf(links) : List.of();
		}

		public static PdfFacts failed(String reason) {
			return new PdfFacts(null, null, List.of(), null, null, null, List.of(), List.of(), null, reason);
		}

	}

}
