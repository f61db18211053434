package io.digestcatalog.core.digest.arxiv;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.RejectedEntry;

/**
 * Streams the entries of an arXiv Atom or RSS feed with StAX, one entry in memory at a
 * time; see {@link ArxivFeedParser}. Broken XML ends the stream with one rejection that
 * says where.
 */
final class ArxivFeedStream implements DigestItemStream {

	static final int MAX_TEXT = 64 * 1024;

	private static final Set<String> ROOTS = Set.of("feed", "rss", "RDF");

	private final InputStream input;

	private final DigestSourceInfo source;

	private XMLStreamReader xml;

	private FeedCursor cursor;

	private DigestRef ref;

	private long ordinal;

	private FeedEntryDraft draft;

	private boolean ended;

	ArxivFeedStream(InputStream input, DigestSourceInfo source) {
		this.input = input;
		this.source = source;
	}

	@Override
	public DigestItem next() throws IOException {
		if (this.ended) {
			return null;
		}
		try {
			if (this.xml == null) {
				this.xml = FeedXml.open(this.input, this.source.charset());
				this.cursor = new FeedCursor(this.xml);
				String root = this.cursor.root();
				if (!ROOTS.contains(root)) {
					this.ended = true;
					return new RejectedEntry(ref(), 0, this.cursor.line(),
							"not an Atom or RSS feed: its root element is <" + root + ">", "");
				}
			}
			if (!this.cursor.nextEntry()) {
				ref();
				this.ended = true;
				return null;
			}
			return readEntry();
		}
		catch (XMLStreamException ex) {
			return broken(ex);
		}
	}

	private DigestItem readEntry() throws XMLStreamException {
		DigestRef digest = ref();
		this.draft = new FeedEntryDraft(this.cursor.line());
		this.ordinal++;
		while (this.xml.next() != XMLStreamConstants.END_ELEMENT) {
			if (this.xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
				FeedEntryReader.child(this.xml, this.draft);
			}
		}
		FeedEntryDraft done = this.draft;
		this.draft = null;
		return FeedEntryMapper.map(done, digest, this.ordinal);
	}

	private DigestItem broken(XMLStreamException ex) throws IOException {
		if (ex.getNestedException() instanceof IOException io && !(io instanceof CharConversionException)) {
			throw io;
		}
		this.ended = true;
		String reason = FeedXml.problem(ex);
		if (this.draft != null) {
			return new RejectedEntry(ref(), this.ordinal, this.draft.line(),
					reason + " (in the entry starting at line " + this.draft.line() + "; the feed ends here)",
					this.draft.raw());
		}
		return new RejectedEntry(ref(), 0, FeedXml.line(ex), reason + " (the feed ends here)", "");
	}

	private DigestRef ref() {
		if (this.ref == null) {
			this.ref = this.source.ref(ArxivFeedParser.FORMAT,
					((this.cursor != null) ? this.cursor.header() : new FeedHeader()).resolve(this.source.dates()));
		}
		return this.ref;
	}

	@Override
	public void close() throws IOException {
		try {
			if (this.xml != null) {
				this.xml.close();
			}
		}
		catch (XMLStreamException ex) {
			// closing the reader never matters more than closing the input
		}
		finally {
			this.input.close();
		}
	}

}
