package io.digestcatalog.core.artifact.pdf;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Reads the document information dictionary, tolerating whatever a producer wrote. */
final class InfoReader {

	private InfoReader() {
	}

	static PdfInfo read(PDDocumentInformation info) {
		if (info == null) {
			return PdfInfo.EMPTY;
		}
		return new PdfInfo(info.getTitle(), info.getAuthor(), info.getSubject(), info.getKeywords(), info.getProducer(),
				info.getCreator(), creationDate(info));
	}

	private static OffsetDateTime creationDate(PDDocumentInformation info) {
		try {
			Calendar c = info.getCreationDate();
			if (c == null) {
				return null;
			}
			int offsetSeconds = c.getTimeZone().getOffset(c.getTimeInMillis()) / 1000;
			return c.toInstant().atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
		}
		catch (RuntimeException ex) {
			// an unparseable date is no date, not a failed document
			return null;
		}
	}

}
