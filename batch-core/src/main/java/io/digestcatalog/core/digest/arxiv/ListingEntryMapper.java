package io.digestcatalog.core.digest.arxiv;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Turns a complete listing entry into a {@link DigestEntry}, or into a
 * {@link RejectedEntry} with the reason it cannot be one. The id comes from the
 * {@code arXiv:} line; when that line is missing, from the entry's own closing abs link.
 */
final class ListingEntryMapper {

	private static final Pattern ABS_URL = Pattern.compile("https?://(?:www\\.|export\\.)?arxiv\\.org/abs/(\\S+?)/?");

	private ListingEntryMapper() {
	}

	static DigestItem map(ListingEntryDraft draft, DigestRef ref, long ordinal, ListingKind section) {
		String problem = problemOf(draft);
		ArxivId fromLine = ArxivId.parse(firstToken(draft.field("arxiv"))).orElse(null);
		ArxivId fromUrl = idInUrl(draft.absUrl());
		if (problem == null && draft.field("arxiv") != null && fromLine == null) {
			problem = "the arXiv: line names no arXiv id: " + draft.field("arxiv");
		}
		if (problem == null && fromLine == null && fromUrl == null) {
			problem = "no arXiv id: the entry has no arXiv: line"
					+ ((draft.absUrl() != null) ? " and its abs link " + draft.absUrl() + " names no arXiv id" : "");
		}
		String title = draft.field("title");
		if (problem == null && (title == null || title.isBlank())) {
			problem = "entry without a Title: line";
		}
		if (problem != null) {
			return new RejectedEntry(ref, ordinal, draft.line(), problem, draft.raw());
		}
		ArxivId id = (fromLine == null) ? fromUrl : fromLine;
		if (fromLine != null && !fromLine.hasVersion() && fromUrl != null && fromUrl.id().equals(fromLine.id())) {
			id = fromUrl;
		}
		return new DigestEntry(ref, ordinal, draft.line(), nfc(TexAccents.toUnicode(title)), nfc(draft.abstractText()),
				AuthorNames.split(TexAccents.toUnicode(draft.field("authors"))), id, doi(draft.field("doi")),
				details(draft, kind(draft, section)));
	}

	private static String problemOf(ListingEntryDraft draft) {
		if (draft.tooLong()) {
			return "entry longer than " + ListingEntryDraft.MAX_CHARS + " characters";
		}
		if (draft.raw().indexOf('\uFFFD') >= 0) {
			return "undecodable bytes (not UTF-8 text)";
		}
		return null;
	}

	private static ListingKind kind(ListingEntryDraft draft, ListingKind section) {
		if (draft.field("replaced") != null || section == ListingKind.REPLACEMENT) {
			return ListingKind.REPLACEMENT;
		}
		return (draft.crossListing() || section == ListingKind.CROSS_LIST) ? ListingKind.CROSS_LIST : ListingKind.NEW;
	}

	private static EntryDetails details(ListingEntryDraft draft, ListingKind kind) {
		boolean replaced = kind == ListingKind.REPLACEMENT;
		LocalDate published = replaced ? null : ListingDates.dayMonthYear(draft.field("date"));
		LocalDate submitted = replaced ? ListingDates.dayMonthYear(draft.field("replaced")) : null;
		String size = (draft.size() != null) ? draft.size()
				: ListingDates.sizeOf(replaced ? draft.field("replaced") : draft.field("date"));
		List<String> links = (draft.absUrl() != null) ? List.of(draft.absUrl()) : List.of();
		return new EntryDetails(published, submitted, categories(draft), draft.field("comments"),
				draft.field("journal-ref"), links, null, null, List.of(), kind, size);
	}

	/** The arXiv categories, then ACM and MSC classes as the arXiv API lists them too. */
	private static List<String> categories(ListingEntryDraft draft) {
		List<String> categories = new ArrayList<>();
		String arxiv = draft.field("categories");
		if (arxiv != null) {
			categories.addAll(List.of(arxiv.split("\\s+")));
		}
		for (String scheme : List.of("acm-class", "msc-class")) {
			String classes = draft.field(scheme);
			if (classes != null) {
				for (String c : classes.split("[;,]")) {
					if (!c.isBlank() && !categories.contains(c.strip())) {
						categories.add(c.strip());
					}
				}
			}
		}
		return categories;
	}

	private static ArxivId idInUrl(String url) {
		if (url == null) {
			return null;
		}
		Matcher m = ABS_URL.matcher(url);
		return m.matches() ? ArxivId.parse(m.group(1)).orElse(null) : null;
	}

	private static Doi doi(String field) {
		if (field == null) {
			return null;
		}
		for (String token : field.split("\\s+")) {
			Doi doi = Doi.parse(token).orElse(null);
			if (doi != null) {
				return doi;
			}
		}
		return null;
	}

	private static String firstToken(String text) {
		return (text == null || text.isBlank()) ? null : text.strip().split("\\s+")[0];
	}

	private static String nfc(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFC);
	}

}
