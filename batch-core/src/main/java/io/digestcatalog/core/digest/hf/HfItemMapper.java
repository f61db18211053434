package io.digestcatalog.core.digest.hf;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.digestcatalog.core.digest.ControlCharacters;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.EntryDetails;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.extract.ArxivId;
import tools.jackson.databind.JsonNode;

/**
 * Turns one item of a daily-papers dump, as a tree, into an entry: the paper's arXiv id,
 * title, abstract and authors, and its dates, votes, stars, links and keywords as
 * details. An item without a usable title is rejected.
 */
final class HfItemMapper {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private HfItemMapper() {
	}

	/**
	 * The entry of an item, or its rejection.
	 * @param raw the item as written, for the quarantine; {@code null} for its JSON
	 */
	static DigestItem map(DigestRef digest, long ordinal, long line, JsonNode item, String raw) {
		JsonNode paper = item.path("paper");
		if (!paper.isObject()) {
			return new RejectedEntry(digest, ordinal, line, "item without a \"paper\" object",
					(raw != null) ? raw : item.toString());
		}
		// paper.title is arXiv's (folded across lines); the item's own title is an edited
		// copy
		String title = clean(text(paper, "title"));
		if (title == null) {
			title = clean(text(item, "title"));
		}
		if (title == null) {
			return new RejectedEntry(digest, ordinal, line, "paper without a title",
					(raw != null) ? raw : item.toString());
		}
		ArxivId arxivId = ArxivId.parse(text(paper, "id")).orElse(null);
		String summary = clean(text(paper, "summary"));
		return new DigestEntry(digest, ordinal, line, title, (summary != null) ? summary : clean(text(item, "summary")),
				authors(paper.path("authors")), arxivId, null, details(paper, arxivId));
	}

	/**
	 * Every author in order, {@code hidden} ones included: HF sets {@code hidden} when an
	 * author hides the paper from their profile, and they remain its authors.
	 */
	private static List<String> authors(JsonNode authors) {
		List<String> names = new ArrayList<>();
		for (JsonNode author : authors.values()) {
			String name = clean(text(author, "name"));
			if (name == null) {
				name = clean(text(author.path("user"), "fullname"));
			}
			if (name != null) {
				names.add(name);
			}
		}
		return names;
	}

	private static EntryDetails details(JsonNode paper, ArxivId arxivId) {
		List<String> links = new ArrayList<>();
		if (arxivId != null) {
			links.add("https://arxiv.org/abs/" + arxivId.versioned());
		}
		for (String field : List.of("githubRepo", "projectPage")) {
			String link = text(paper, field);
			if (link != null && !link.isBlank()) {
				links.add(link);
			}
		}
		List<String> keywords = new ArrayList<>();
		for (JsonNode keyword : paper.path("ai_keywords").values()) {
			String text = keyword.isString() ? clean(keyword.stringValue()) : null;
			if (text != null) {
				keywords.add(text);
			}
		}
		return new EntryDetails(date(text(paper, "publishedAt")), date(text(paper, "submittedOnDailyAt")), List.of(),
				null, null, links, integer(paper.path("upvotes")), integer(paper.path("githubStars")), keywords, null,
				null);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

	private static Integer integer(JsonNode value) {
		return (value.isIntegralNumber() && value.canConvertToInt()) ? value.intValue() : null;
	}

	/** The UTC day of an ISO instant ({@code 2026-01-23T13:20:09.000Z}), or of a date. */
	private static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.ofInstant(Instant.parse(text.strip()), ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException notADate) {
				// a date the API got wrong only costs the entry that detail
				return null;
			}
		}
	}

	/**
	 * Folded lines and runs of spaces as single spaces, NFC; null when nothing is left.
	 */
	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = SPACES.matcher(Normalizer.normalize(ControlCharacters.strip(text), Normalizer.Form.NFC))
			.replaceAll(" ")
			.strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

}
