package io.digestcatalog.core.artifact.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Turns an opened PDF into {@link PdfMetadata}: the metadata, then page 1's layout. */
final class DocumentAnalyzer {

	private DocumentAnalyzer() {
	}

	static PdfMetadata analyze(PDDocument document, Cancellation cancellation) throws IOException {
		int pages = document.getNumberOfPages();
		PdfInfo info = InfoReader.read(document.getDocumentInformation());
		XmpReader.Xmp xmp = XmpReader.read(document.getDocumentCatalog().getMetadata());
		List<PageLayout> front = frontPages(document, pages, cancellation);
		PageLayout first = front.isEmpty() ? new PageLayout(1, 612, 792, List.of(), List.of()) : front.get(0);
		TitleFinder.Choice title = TitleFinder.find(first, Arrays.asList(info.title(), xmp.title()));
		AuthorFinder.Authors authors = AuthorFinder.find(first, title);
		String abstractText = AbstractFinder.find(first, Math.max(title.lastBaseline(), authors.lastBaseline()));
		return new PdfMetadata(pages, info, xmp.title(), xmp.creators(), title.title(), title.source(), authors.names(),
				abstractText, ArxivStamp.find(first).orElse(null), TextIdentifiers.dois(first),
				LinkCollector.collect(document, front, cancellation));
	}

	/**
	 * Page 1's layout, and the other front pages' where their text may hold a URL: only
	 * their links are read, and laying out a page costs as much as reading it.
	 */
	private static List<PageLayout> frontPages(PDDocument document, int pages, Cancellation cancellation)
			throws IOException {
		List<PageLayout> front = new ArrayList<>(FrontPageCollector.collect(document, 1, 1, cancellation));
		for (int page = 2; page <= Math.min(PdfMetadata.FRONT_PAGES, pages); page++) {
			if (LinkTextProbe.mayHoldLink(document.getPage(page - 1), cancellation)) {
				front.addAll(FrontPageCollector.collect(document, page, page, cancellation));
			}
		}
		return front;
	}

}
