package io.digestcatalog.core.artifact.pdf;

import java.time.OffsetDateTime;

/**
 * The document information dictionary as written by the producing software. Often junk
 * ("Microsoft Word - paper.doc", "acl07.dvi"): never a paper's title on its own.
 *
 * @param title the Info title, or {@code null}
 * @param author the Info author, or {@code null}
 * @param subject the Info subject, or {@code null}
 * @param keywords the Info keywords, or {@code null}
 * @param producer the Info producer, or {@code null}
 * @param creator the Info creator, or {@code null}
 * @param creationDate the creation date, or {@code null} when absent or unparseable
 */
public record PdfInfo(String title, String author, String subject, String keywords, String producer, String creator,
		OffsetDateTime creationDate) {

	/** An Info dictionary with nothing in it. */
	public static final PdfInfo EMPTY = new PdfInfo(null, null, null, null, null, null, null);

	public PdfInfo {
		title = blankToNull(title);
		author = blankToNull(author);
		subject = blankToNull(subject);
		keywords = blankToNull(keywords);
		producer = blankToNull(producer);
		creator = blankToNull(creator);
	}

	private static String blankToNull(String value) {
		if (value == null) {
			return null;
		}
		// producers leave NULs and control characters in these strings
		String cleaned = value.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\t]]", "").replaceAll("\\s+", " ").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

}
