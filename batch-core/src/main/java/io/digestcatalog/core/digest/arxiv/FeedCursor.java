package io.digestcatalog.core.digest.arxiv;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a feed from entry to entry, noting the feed-level dates it passes before the
 * first entry.
 */
final class FeedCursor {

	private static final Set<String> ENTRIES = Set.of("entry", "item");

	private final XMLStreamReader xml;

	private final Deque<String> path = new ArrayDeque<>();

	private final FeedHeader header = new FeedHeader();

	private boolean pastFirstEntry;

	FeedCursor(XMLStreamReader xml) {
		this.xml = xml;
	}

	/** The root element's local name, or {@code (none)} for a document without one. */
	String root() throws XMLStreamException {
		while (this.xml.hasNext()) {
			if (this.xml.next() == XMLStreamConstants.START_ELEMENT) {
				this.path.push(this.xml.getLocalName());
				return this.xml.getLocalName();
			}
		}
		return "(none)";
	}

	/** Moves to the next entry's start tag; false at the end of the document. */
	boolean nextEntry() throws XMLStreamException {
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = this.xml.getLocalName();
				if (ENTRIES.contains(name)) {
					this.pastFirstEntry = true;
					return true;
				}
				if (!this.pastFirstEntry && this.header.wants(name, this.path.peek())) {
					this.header.date(name, FeedXml.text(this.xml, ArxivFeedStream.MAX_TEXT));
				}
				else {
					this.path.push(name);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && !this.path.isEmpty()) {
				this.path.pop();
			}
		}
		return false;
	}

	FeedHeader header() {
		return this.header;
	}

	/** The line the reader is at, from 1. */
	long line() {
		return (this.xml.getLocation() != null) ? Math.max(1, this.xml.getLocation().getLineNumber()) : 1;
	}

}
