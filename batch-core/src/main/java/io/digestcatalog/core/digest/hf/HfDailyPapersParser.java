package io.digestcatalog.core.digest.hf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.util.regex.Pattern;

import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.TextSniffer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A raw response of the Hugging Face {@code api/daily_papers} endpoint as archived: a
 * JSON array of items {@code {paper: {id, title, summary, authors, publishedAt, …}, …}},
 * or an object whose {@code data} array holds them; items may also be Python
 * {@code repr()} strings of such objects, an archiver's bug read as if it were JSON.
 * <p>
 * Each item is one entry: its own arXiv id, title (arXiv's, unfolded), abstract, every
 * author in order (those marked {@code hidden} too), and as details the published and
 * submitted days (UTC; dumps before 2025-04 have no submission time), upvotes, GitHub
 * stars, AI keywords and links (abstract page, repository, project page). An item without
 * a title, or a repr string that is no Python literal, is rejected alone. An entry's line
 * is the line where its item starts. The dump is dated by the wrapper's {@code date}
 * field when it precedes the items, else as any digest (the file name).
 */
public final class HfDailyPapersParser implements DigestParser {

	public static final String FORMAT = "hf-json";

	/** Content that is JSON holding daily-papers items. */
	static final int CONFIDENT = 90;

	/**
	 * Content that is JSON, but shows no daily-papers item in its head: not claimed, so
	 * it is reported as no digest (the text digest declines JSON too).
	 */
	static final int OTHER_JSON = 0;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	// the quotes may be JSON's, Python's, or JSON-escaped inside a repr string
	private static final Pattern PAPER = Pattern.compile("\\\\?[\"']paper\\\\?[\"']\\s*:\\s*\\{");

	private static final Pattern PAPER_FIELD = Pattern
		.compile("\\\\?[\"'](?:authors|summary|publishedAt|upvotes|submittedOnDailyAt)\\\\?[\"']\\s*:");

	public HfDailyPapersParser() {
	}

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public int sniff(byte[] head, String fileName) {
		if (TextSniffer.binaryReason(head).isPresent()) {
			return 0;
		}
		StringWriter text = new StringWriter();
		try (Reader reader = TextSniffer.decode(new ByteArrayInputStream(head))) {
			reader.transferTo(text);
		}
		catch (IOException ex) {
			return 0;
		}
		return sniff(text.toString());
	}

	private static int sniff(String text) {
		int start = 0;
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		if (start == text.length() || (text.charAt(start) != '[' && text.charAt(start) != '{')) {
			return 0;
		}
		boolean papers = PAPER.matcher(text).find() && PAPER_FIELD.matcher(text).find();
		return papers ? CONFIDENT : OTHER_JSON;
	}

	@Override
	public DigestItemStream open(InputStream input, DigestSourceInfo source) throws IOException {
		Reader reader = TextSniffer.decode(input);
		return new HfDumpStream(reader, MAPPER.createParser(reader), source);
	}

}
