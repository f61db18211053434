package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.util.regex.Pattern;

import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.TextSniffer;

/**
 * The arXiv subscription listing e-mail as plain text: a header naming the submission
 * window ("received from … to …"), then entries of {@code \\}, the {@code arXiv:} line,
 * Date:, Title:, Authors:, Categories: and other fields, {@code \\}, the abstract and
 * {@code \\ ( https://arxiv.org/abs/ID , SIZE)}, separated by dashed lines. Cross-lists
 * follow a {@code %-%-%-} rule (and are marked {@code (*cross-listing*)}); replacements,
 * which carry no abstract, follow a {@code %%--%%--} rule; {@code %%%---%%%---} ends it.
 */
public final class ArxivListingParser implements DigestParser {

	public static final String FORMAT = "arxiv-email";

	private static final Pattern ENTRY_START = Pattern
		.compile("(?m)^\\\\\\\\[ \\t]*\\r?\\n(?:arXiv:|Paper(?: \\(\\*cross-listing\\*\\))?:)\\s*\\S");

	private static final Pattern CLOSING = Pattern
		.compile("(?m)^\\\\\\\\ \\(\\s*https?://(?:export\\.)?arxiv\\.org/abs/");

	private static final Pattern RECEIVED = Pattern
		.compile("(?m)^\\s*received from\\s+(?:[A-Za-z]{3},?\\s+)?\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{2,4}\\b.*\\sto\\s");

	/** A mail's own header: a dedicated mail format decodes it better than this one. */
	private static final Pattern MAIL_HEADER = Pattern
		.compile("\\A(?:From |(?:Return-Path|Received|Delivered-To|From|To|Subject|Date|MIME-Version|Message-ID):)");

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public int sniff(byte[] head, String fileName) {
		if (TextSniffer.binaryReason(head).isPresent()) {
			return 0;
		}
		String text = ArxivSniffing.decode(head);
		boolean entries = ENTRY_START.matcher(text).find() || CLOSING.matcher(text).find();
		boolean header = RECEIVED.matcher(text).find();
		if (!entries && !header) {
			return 0;
		}
		int score = (entries && header) ? 95 : entries ? 90 : 75;
		return MAIL_HEADER.matcher(text).find() ? Math.min(score, 70) : score;
	}

	@Override
	public DigestItemStream open(InputStream input, DigestSourceInfo source) throws IOException {
		Reader reader = (source.charset() != null) ? new InputStreamReader(input,
				source.charset()
					.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE))
				: TextSniffer.decode(input);
		return new ArxivListingStream(reader, source);
	}

}
