package io.digestcatalog.core.digest.arxiv;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one child element of an entry into its draft, leaving the reader at the child's
 * end tag.
 */
final class FeedEntryReader {

	private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

	private FeedEntryReader() {
	}

	static void child(XMLStreamReader xml, FeedEntryDraft draft) throws XMLStreamException {
		String name = xml.getLocalName();
		switch (name) {
			case "author" -> author(xml, draft);
			case "link" -> {
				String rel = xml.getAttributeValue(null, "rel");
				String title = xml.getAttributeValue(null, "title");
				String href = xml.getAttributeValue(null, "href");
				draft.link(rel, title, href, text(xml, draft));
			}
			case "category" -> {
				String term = xml.getAttributeValue(null, "term");
				String text = text(xml, draft);
				draft.category((term != null) ? term : text);
			}
			case "creator" -> {
				boolean dublinCore = DUBLIN_CORE.equals(xml.getNamespaceURI());
				String text = text(xml, draft);
				if (dublinCore) {
					draft.creator(text);
				}
			}
			default -> {
				String text = text(xml, draft);
				if (text != null) {
					draft.text(name, text);
				}
			}
		}
	}

	private static void author(XMLStreamReader xml, FeedEntryDraft draft) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && depth == 1 && "name".equals(xml.getLocalName())) {
				draft.author(text(xml, draft));
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private static String text(XMLStreamReader xml, FeedEntryDraft draft) throws XMLStreamException {
		String text = FeedXml.text(xml, ArxivFeedStream.MAX_TEXT);
		if (text == null) {
			draft.tooLong();
		}
		return text;
	}

}
