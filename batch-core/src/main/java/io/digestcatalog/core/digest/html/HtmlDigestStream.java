package io.digestcatalog.core.digest.html;

import java.text.Normalizer;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.EntryDetails;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.extract.ArxivId;

/**
 * Yields a page's entries; an entry whose title or abstract cannot be taken is rejected
 * on its own.
 */
final class HtmlDigestStream implements DigestItemStream {

	private static final int MAX_TITLE = 300;

	private static final int MAX_ABSTRACT = 64 * 1024;

	private final DigestRef ref;

	private final Iterator<HtmlEntryDraft> drafts;

	private long ordinal;

	HtmlDigestStream(DigestRef ref, List<HtmlEntryDraft> drafts) {
		this.ref = ref;
		this.drafts = drafts.iterator();
	}

	@Override
	public DigestItem next() {
		if (!this.drafts.hasNext()) {
			return null;
		}
		HtmlEntryDraft draft = this.drafts.next();
		this.ordinal++;
		HtmlBlock title = draft.title();
		String abstractText = draft.paragraphs().stream().map(HtmlBlock::text).collect(Collectors.joining("\n\n"));
		ArxivId arxivId = PaperLinks.arxivId(title.anchors());
		String problem = problemOf(title.text(), abstractText, arxivId);
		if (problem != null) {
			String raw = abstractText.isEmpty() ? title.text() : title.text() + "\n\n" + abstractText;
			return new RejectedEntry(this.ref, this.ordinal, title.line(), problem, raw);
		}
		EntryDetails details = new EntryDetails(null, null, List.of(), null, null, PaperLinks.urls(draft.anchors()),
				null, null, List.of(), null, null);
		return new DigestEntry(this.ref, this.ordinal, title.line(), nfc(title.text()), nfc(abstractText), List.of(),
				arxivId, null, details);
	}

	private static String problemOf(String title, String abstractText, ArxivId arxivId) {
		if (title.length() > MAX_TITLE) {
			return "title longer than " + MAX_TITLE + " characters";
		}
		if (abstractText.length() > MAX_ABSTRACT) {
			return "abstract longer than " + MAX_ABSTRACT + " characters";
		}
		if (title.indexOf('\uFFFD') >= 0 || abstractText.indexOf('\uFFFD') >= 0) {
			return "undecodable bytes (wrong charset?)";
		}
		// a listing of linked titles is a digest too; a bare heading is not an entry
		if (abstractText.isEmpty() && arxivId == null) {
			return "heading without an abstract";
		}
		return null;
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	@Override
	public void close() {
		// the page was parsed and its file removed when the stream was opened
	}

}
