package io.digestcatalog.core.digest.html;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.SampleDigests;
import io.digestcatalog.core.digest.TextDigestParser;
import org.jsoup.nodes.Entities;

/**
 * The corpus, and the pages the HTML tests read: the canonical digest rendered as the
 * Hugging Face Daily Papers page renders it, and a hand-written newsletter.
 */
final class HtmlFixtures {

	static final String MAVORS_ID = "2504.10068";

	/** When fixture pages were "saved": the day after their "Jul 29". */
	static final Instant SAVED = Instant.parse("2025-07-30T08:00:00Z");

	private static final Pattern URL = Pattern.compile("https?://[^\\s{}]+");

	private HtmlFixtures() {
	}

	static Path corpus() {
		String shared = System.getProperty("digestcat.shared");
		Path root = (shared != null && !shared.isBlank()) ? Path.of(shared) : Path.of("../../shared");
		return root.resolve("corpus");
	}

	static Path canonical() {
		return corpus().resolve("hf-daily-papers/daily-papers-jul29.txt");
	}

	/** The canonical digest's entries, as the text parser reads them. */
	static List<DigestEntry> canonicalEntries() throws IOException {
		try (DigestItemStream stream = new TextDigestParser().open(Files.newInputStream(canonical()),
				source("daily-papers-jul29.txt"))) {
			return SampleDigests.entries(SampleDigests.drain(stream));
		}
	}

	static DigestSourceInfo source(String name) {
		return new DigestSourceInfo("ab".repeat(32), name, new DigestDateHint(null, name, SAVED, ZoneOffset.UTC));
	}

	static List<DigestItem> read(Path page) throws IOException {
		return read(Files.newInputStream(page), page.getFileName().toString());
	}

	static List<DigestItem> read(InputStream page, String name) throws IOException {
		try (DigestItemStream stream = new HtmlDigestParser().open(page, source(name))) {
			return SampleDigests.drain(stream);
		}
	}

	static List<DigestItem> read(String html) throws IOException {
		return read(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "page.html");
	}

	static Path newsletter() throws IOException {
		try {
			return Path.of(HtmlFixtures.class.getResource("/html/newsletter.html").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IOException(ex);
		}
	}

	/**
	 * Writes the canonical entries as a saved Daily Papers page: site header and
	 * navigation, the date line, one card per paper (only Mavors links its paper page, as
	 * the text digest has no other ids), links in abstracts made clickable, a footer.
	 */
	static Path dailyPapersPage(Path file, List<DigestEntry> entries) throws IOException {
		StringBuilder html = new StringBuilder(DailyPapersPage.HEAD);
		int votes = 97;
		for (DigestEntry entry : entries) {
			boolean linked = entry.title().startsWith("Mavors:");
			String paper = "/papers/" + MAVORS_ID;
			String thumbnail = linked ? "<a href=\"" + paper + "\" class=\"peer relative block\"><img src=\""
					+ "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/" + MAVORS_ID
					+ ".png\" alt=\"\"></a>\n" : "";
			String title = Entities.escape(entry.title());
			String heading = linked
					? "<a href=\"" + paper + "\" class=\"line-clamp-3 cursor-pointer text-balance\">" + title + "</a>"
					: title;
			String comments = linked ? " <a href=\"" + paper + "#community\" class=\"text-sm\">2</a>" : "";
			html.append(DailyPapersPage.CARD.formatted(thumbnail, votes--, heading, linkified(entry.abstractText()),
					comments));
		}
		html.append(DailyPapersPage.TAIL);
		return Files.writeString(file, html, StandardCharsets.UTF_8);
	}

	/** The URLs a page would link in this abstract, as {@link #linkified} links them. */
	static List<String> linksIn(String abstractText) {
		return URL.matcher(abstractText).results().map(m -> href(m.group())).distinct().toList();
	}

	private static String linkified(String text) {
		StringBuilder sb = new StringBuilder();
		Matcher m = URL.matcher(text);
		int last = 0;
		while (m.find()) {
			sb.append(Entities.escape(text.substring(last, m.start())));
			String href = href(m.group());
			sb.append("<a href=\"")
				.append(Entities.escape(href))
				.append("\" rel=\"nofollow\">")
				.append(Entities.escape(href))
				.append("</a>")
				.append(m.group().substring(href.length()));
			last = m.end();
		}
		return sb.append(Entities.escape(text.substring(last))).toString();
	}

	/** A sentence's full stop after a URL is no part of it. */
	private static String href(String url) {
		return url.replaceAll("[.,;:]+$", "");
	}

}
