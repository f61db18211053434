package io.digestcatalog.core.digest.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.RejectedEntry;

/**
 * The items the text parser reads from a print's re-flowed text, relabelled as read from
 * the PDF; closing it removes the text.
 */
final class PdfDigestStream implements DigestItemStream {

	private final DigestItemStream text;

	private final Path textFile;

	private DigestRef ref;

	PdfDigestStream(DigestItemStream text, Path textFile) {
		this.text = text;
		this.textFile = textFile;
	}

	@Override
	public DigestItem next() throws IOException {
		DigestItem item = this.text.next();
		if (item == null) {
			return null;
		}
		DigestRef pdf = ref(item.digest());
		if (item instanceof DigestEntry e) {
			return new DigestEntry(pdf, e.ordinal(), e.line(), e.title(), e.abstractText(), e.authors(), e.arxivId(),
					e.doi(), e.details());
		}
		RejectedEntry r = (RejectedEntry) item;
		return new RejectedEntry(pdf, r.ordinal(), r.line(), r.reason(), r.rawText());
	}

	private DigestRef ref(DigestRef text) {
		if (this.ref == null) {
			this.ref = new DigestRef(text.sha256(), text.location(), PdfDigestParser.FORMAT, text.date(),
					text.dateOrigin());
		}
		return this.ref;
	}

	@Override
	public void close() throws IOException {
		try {
			this.text.close();
		}
		finally {
			Files.deleteIfExists(this.textFile);
		}
	}

}
