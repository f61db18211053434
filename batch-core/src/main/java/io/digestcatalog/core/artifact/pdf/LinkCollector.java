package io.digestcatalog.core.artifact.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import io.digestcatalog.core.artifact.pdf.PdfLink.Origin;
import io.digestcatalog.core.extract.LinkClassifier;
import io.digestcatalog.core.extract.UrlNormalizer;

/**
 * Gathers a PDF's links: URI link annotations on every page (bounded, so a 2,000-page
 * scan cannot stall an ingest) and URLs written in the text of the first pages. The first
 * sighting of a URL wins, so a repository named on page 1 keeps page 1.
 */
final class LinkCollector {

	static final int MAX_PAGES = 300;

	static final int MAX_LINKS = 1000;

	private LinkCollector() {
	}

	static List<PdfLink> collect(PDDocument document, List<PageLayout> textPages, Cancellation cancellation) {
		Map<String, PdfLink> links = new LinkedHashMap<>();
		int pageNumber = 0;
		for (PDPage page : document.getPages()) {
			pageNumber++;
			if (pageNumber > MAX_PAGES || links.size() >= MAX_LINKS) {
				break;
			}
			cancellation.check();
			for (PageLayout text : textPages) {
				if (text.number() == pageNumber) {
					for (var link : TextIdentifiers.links(text)) {
						links.putIfAbsent(link.url(), new PdfLink(link, pageNumber, Origin.TEXT));
					}
				}
			}
			for (String uri : uris(page)) {
				int number = pageNumber;
				UrlNormalizer.normalize(uri)
					.map(u -> LinkClassifier.classify(u, uri))
					.ifPresent(l -> links.putIfAbsent(l.url(), new PdfLink(l, number, Origin.ANNOTATION)));
			}
		}
		return new ArrayList<>(links.values()).subList(0, Math.min(links.size(), MAX_LINKS));
	}

	private static List<String> uris(PDPage page) {
		List<String> uris = new ArrayList<>();
		try {
			for (PDAnnotation annotation : page.getAnnotations()) {
				if (annotation instanceof PDAnnotationLink link) {
					PDAction action = link.getAction();
					if (action instanceof PDActionURI uri && uri.getURI() != null) {
						uris.add(uri.getURI().strip());
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// a broken annotation array loses this page's links, not the document
		}
		return uris;
	}

}
