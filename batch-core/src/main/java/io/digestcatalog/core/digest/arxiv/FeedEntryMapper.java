package io.digestcatalog.core.digest.arxiv;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.EntryDetails;
import io.digestcatalog.core.digest.ListingKind;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * Turns an Atom entry or RSS item of an arXiv feed into a {@link DigestEntry}. The id
 * comes from the entry's {@code <id>}/{@code <guid>} ({@code http://arxiv.org/abs/…} or
 * {@code oai:arXiv.org:…}), else from its abs link; an announcement feed's "arXiv:ID
 * Announce Type: … Abstract:" preamble is cut from the abstract.
 */
final class FeedEntryMapper {

	private static final Pattern ID = Pattern
		.compile("(?i)(?:oai:arXiv\\.org:|https?://(?:www\\.|export\\.)?arxiv\\.org/abs/)(\\S+?)/?");

	private static final Pattern PREAMBLE = Pattern
		.compile("(?s)\\A\\s*arXiv:(\\S+)\\s+Announce Type:\\s*(\\S+)\\s*(?:Abstract:[ \\t]*)?");

	private FeedEntryMapper() {
	}

	static DigestItem map(FeedEntryDraft draft, DigestRef ref, long ordinal) {
		String id = draft.firstOf("id", "guid");
		String title = fold(draft.text("title"));
		String problem = null;
		if (draft.isTooLong()) {
			problem = "entry with an element longer than " + ArxivFeedStream.MAX_TEXT + " characters";
		}
		else if (id != null && id.contains("arxiv.org/api/errors")) {
			problem = "the arXiv API reported an error: " + fold(draft.text("summary"));
		}
		else if (title.isEmpty()) {
			problem = "entry without a title";
		}
		if (problem != null) {
			return new RejectedEntry(ref, ordinal, draft.line(), problem, draft.raw());
		}
		String summary = draft.firstOf("summary", "description", "content");
		Matcher preamble = PREAMBLE.matcher((summary != null) ? summary : "");
		String announce = draft.text("announce_type");
		if (preamble.lookingAt()) {
			announce = (announce != null) ? announce : preamble.group(2);
			summary = summary.substring(preamble.end());
		}
		ArxivId arxivId = idIn(id);
		arxivId = (arxivId != null) ? arxivId : idIn(draft.absLink());
		List<String> authors = new ArrayList<>(draft.authors());
		draft.creators().forEach(c -> authors.addAll(AuthorNames.split(c)));
		return new DigestEntry(ref, ordinal, draft.line(), nfc(TexAccents.toUnicode(title)),
				nfc(ArxivText.unwrap(summary)), authors.stream().map(a -> nfc(TexAccents.toUnicode(fold(a)))).toList(),
				arxivId, doi(draft.firstOf("doi")), details(draft, kind(announce)));
	}

	private static EntryDetails details(FeedEntryDraft draft, ListingKind kind) {
		List<String> links = new ArrayList<>();
		if (draft.absLink() != null) {
			links.add(draft.absLink());
		}
		if (draft.pdfLink() != null) {
			links.add(draft.pdfLink());
		}
		boolean announced = draft.text("announce_type") != null || kind != null;
		// an announcement feed dates the announcement, not the paper's first version
		LocalDate published = announced ? null : FeedDates.parse(draft.text("published"));
		LocalDate submitted = announced ? FeedDates.parse(draft.firstOf("pubDate", "published", "date", "updated"))
				: FeedDates.parse(draft.text("updated"));
		String comments = draft.text("comment");
		String journalRef = draft.firstOf("journal_ref", "journal_reference");
		return new EntryDetails(published, submitted, draft.categories(), blankToNull(fold(comments)),
				blankToNull(fold(journalRef)), links, null, null, List.of(), kind, null);
	}

	/**
	 * How an announcement feed's arxiv:announce_type lists the entry; null for the API.
	 */
	static ListingKind kind(String announceType) {
		if (announceType == null) {
			return null;
		}
		return switch (announceType.strip().toLowerCase(Locale.ROOT)) {
			case "new" -> ListingKind.NEW;
			case "cross" -> ListingKind.CROSS_LIST;
			case "replace", "replace-cross" -> ListingKind.REPLACEMENT;
			// "absonly": the abstract page changed, no new version
			default -> null;
		};
	}

	private static ArxivId idIn(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = ID.matcher(text.strip());
		return m.matches() ? ArxivId.parse(m.group(1)).orElse(null) : null;
	}

	private static Doi doi(String text) {
		if (text == null) {
			return null;
		}
		for (String token : text.strip().split("\\s+")) {
			Doi doi = Doi.parse(token).orElse(null);
			if (doi != null) {
				return doi;
			}
		}
		return null;
	}

	private static String fold(String text) {
		return (text == null) ? "" : text.replaceAll("\\s+", " ").strip();
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private static String nfc(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFC);
	}

}
