package io.digestcatalog.eval.digests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.digestcatalog.eval.digests.RealisticDigests.Digest;
import io.digestcatalog.eval.digests.RealisticDigests.Sighting;

/**
 * Writes a digest in its format, laid out as the real ones in {@code ../shared/corpus}:
 * the Daily Papers page as text (title line, blank line, abstract paragraph), the
 * daily-papers API's JSON, an arXiv listing e-mail.
 */
public final class DigestRenderer {

	private static final DateTimeFormatter PAGE_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

	private static final DateTimeFormatter MAIL_DAY = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH);

	private static final String RULE = "-".repeat(78);

	/** Built once: a mapper is costly to build, and a benchmark renders thousands. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DigestRenderer() {
	}

	/** Writes the digest into {@code dir} under its name; returns the file. */
	public static Path write(Digest digest, Path dir) {
		String body = switch (digest.format()) {
			case RealisticDigests.TEXT -> text(digest);
			case RealisticDigests.HF_JSON -> json(digest);
			default -> mail(digest);
		};
		Path file = dir.resolve(digest.name());
		try {
			Files.writeString(file, body, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		return file;
	}

	static String text(Digest digest) {
		StringBuilder out = new StringBuilder();
		out.append("Daily Papers\n\nbyAK and the research community\n\n").append(PAGE_DAY.format(digest.day()));
		out.append("\n\n");
		for (Sighting s : digest.entries()) {
			out.append(s.title()).append("\n\n").append(s.abstractText()).append("\n\n");
		}
		return out.toString();
	}

	static String json(Digest digest) {
		List<Map<String, Object>> items = new ArrayList<>();
		int upvotes = 40;
		for (Sighting s : digest.entries()) {
			Map<String, Object> paper = new LinkedHashMap<>();
			paper.put("id", s.arxivId());
			// ordered maps only: Map.of iterates in an order that changes from run to
			// run,
			// and the same seed must write the same bytes
			paper.put("authors", s.authors().stream().map(DigestRenderer::author).toList());
			paper.put("publishedAt", digest.day().minusDays(1) + "T17:59:00.000Z");
			paper.put("title", s.title());
			paper.put("summary", s.abstractText());
			paper.put("upvotes", upvotes--);
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("paper", paper);
			item.put("publishedAt", digest.day() + "T01:00:00.000Z");
			item.put("title", s.title());
			item.put("summary", s.abstractText());
			item.put("numComments", 1);
			items.add(item);
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(items);
	}

	private static Map<String, Object> author(String name) {
		Map<String, Object> author = new LinkedHashMap<>();
		author.put("name", name);
		author.put("hidden", false);
		return author;
	}

	static String mail(Digest digest) {
		StringBuilder out = new StringBuilder();
		out.append(RULE).append('\n').append(RULE).append('\n');
		out.append("Send any comments regarding submissions directly to submitter.\n").append(RULE).append('\n');
		out.append("Archives at http://arxiv.org/\n").append(RULE).append('\n');
		out.append(" Submissions to:\nComputation and Language\nMachine Learning\n");
		out.append(" received from  ").append(MAIL_DAY.format(digest.day().minusDays(1)));
		out.append(" 18:00:00 GMT  to  ").append(MAIL_DAY.format(digest.day())).append(" 18:00:00 GMT\n");
		out.append(RULE).append('\n').append(RULE).append('\n');
		for (Sighting s : digest.entries()) {
			out.append("\\\\\narXiv:").append(s.arxivId()).append('\n');
			out.append("Date: ")
				.append(MAIL_DAY.format(digest.day().minusDays(1)))
				.append(" 14:02:11 GMT   (812kb)\n\n");
			out.append(wrapped("Title: " + s.title(), "  "));
			out.append(wrapped("Authors: " + String.join(", ", s.authors()), "  "));
			out.append("Categories: cs.CL cs.LG\n\\\\\n");
			out.append("  ").append(wrapped(s.abstractText(), ""));
			out.append("\\\\ ( https://arxiv.org/abs/").append(s.arxivId()).append(" ,  812kb)\n");
			out.append(RULE).append('\n');
		}
		return out.toString();
	}

	/** Wrapped at 80 columns, continuation lines indented. */
	private static String wrapped(String text, String indent) {
		StringBuilder out = new StringBuilder();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > 80) {
				out.append(line).append('\n');
				line.setLength(0);
				line.append(indent);
			}
			if (line.length() > 0 && !line.toString().equals(indent)) {
				line.append(' ');
			}
			line.append(word);
		}
		return out.append(line).append('\n').toString();
	}

}
