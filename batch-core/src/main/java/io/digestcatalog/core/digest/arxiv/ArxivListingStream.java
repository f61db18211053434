package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.io.Reader;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.ListingKind;
import io.digestcatalog.core.digest.RejectedEntry;

/**
 * Streams the entries of an arXiv listing e-mail; see {@link ArxivListingParser}. A state
 * machine over the {@code \\} structure: fields, then abstract, then the closing line; a
 * line of abstract that starts with {@code arXiv:} is only abstract.
 */
final class ArxivListingStream implements DigestItemStream {

	private static final int MAX_LINE = 16 * 1024;

	private enum State {

		BETWEEN, FIELDS, ABSTRACT, ENDED

	}

	private final Reader reader;

	private final BoundedLineReader lines;

	private final DigestSourceInfo source;

	private DigestRef ref;

	private State state = State.BETWEEN;

	private ListingKind section = ListingKind.NEW;

	private ListingEntryDraft draft;

	private long ordinal;

	ArxivListingStream(Reader reader, DigestSourceInfo source) {
		this.reader = reader;
		this.lines = new BoundedLineReader(reader, MAX_LINE);
		this.source = source;
	}

	@Override
	public DigestItem next() throws IOException {
		if (this.ref == null) {
			DigestItem notAListing = readHeader();
			if (notAListing != null) {
				return notAListing;
			}
		}
		while (this.state != State.ENDED) {
			String line = this.lines.next();
			if (line == null) {
				return endOfInput();
			}
			DigestItem item = accept(line, ListingLine.of(line));
			if (item != null) {
				return item;
			}
		}
		return null;
	}

	/**
	 * Reads up to the first entry and dates the digest; a file that is no listing yields
	 * one rejection for the whole digest.
	 */
	private DigestItem readHeader() throws IOException {
		ListingHeader header = ListingHeader.read(this.lines);
		this.ref = this.source.ref(ArxivListingParser.FORMAT,
				this.source.dates().resolve(header.until(), "the listing's header"));
		if (header.entryLine() != null) {
			startEntry(header.entryLine());
			return null;
		}
		this.state = State.ENDED;
		// a header without entries is a listing of a day without submissions
		return header.isListing() ? null : new RejectedEntry(this.ref, 0, 1,
				"not an arXiv listing: no \\\\ line opens an entry and no \"received from\" header", header.raw());
	}

	private DigestItem accept(String line, ListingLine kind) {
		if (this.state == State.BETWEEN) {
			boundary(line, kind);
			return null;
		}
		if (kind.isRule() || (kind == ListingLine.BACKSLASHES && this.state == State.ABSTRACT)) {
			DigestItem cut = reject("entry ends at line " + this.lines.lineNumber()
					+ " without its closing \\\\ ( https://arxiv.org/abs/… ) line (truncated?)");
			boundary(line, kind);
			return cut;
		}
		this.draft.raw(line, this.lines.lastLineCut());
		if (kind == ListingLine.CLOSING) {
			this.draft.close(ListingLine.closing(line));
			this.state = State.BETWEEN;
			return ListingEntryMapper.map(this.draft, this.ref, ++this.ordinal, this.section);
		}
		if (kind == ListingLine.BACKSLASHES) {
			this.state = State.ABSTRACT;
		}
		else if (this.state == State.FIELDS) {
			this.draft.fieldLine(line);
		}
		else {
			this.draft.abstractLine(line);
		}
		return null;
	}

	private void startEntry(String line) {
		this.draft = new ListingEntryDraft(this.lines.lineNumber());
		this.draft.raw(line, false);
		this.state = State.FIELDS;
	}

	/** A {@code \\} opens an entry; a rule may open a section or end the listing. */
	private void boundary(String line, ListingLine kind) {
		if (kind == ListingLine.BACKSLASHES) {
			startEntry(line);
			return;
		}
		if (!kind.isRule()) {
			return;
		}
		this.state = (kind == ListingLine.END) ? State.ENDED : State.BETWEEN;
		if (kind == ListingLine.CROSS_LISTS) {
			this.section = ListingKind.CROSS_LIST;
		}
		else if (kind == ListingLine.REPLACEMENTS) {
			this.section = ListingKind.REPLACEMENT;
		}
	}

	private DigestItem endOfInput() {
		State was = this.state;
		this.state = State.ENDED;
		return (was == State.FIELDS || was == State.ABSTRACT) ? reject(
				"entry cut off by the end of the listing, without its closing \\\\ ( https://arxiv.org/abs/… ) line")
				: null;
	}

	private RejectedEntry reject(String reason) {
		return new RejectedEntry(this.ref, ++this.ordinal, this.draft.line(), reason, this.draft.raw());
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
