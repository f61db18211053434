package io.digestcatalog.core.digest;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams the entries of a text digest; see {@link TextDigestParser}. */
final class TextDigestStream implements DigestItemStream {

	/** How many leading paragraphs may be header before the date line. */
	private static final int HEADER_LOOKAHEAD = 16;

	private static final int MAX_TITLE = 300;

	private static final Pattern DATE_LINE = Pattern.compile(
			"(?i)(?:[a-z]+,\\s+)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2})(?:,?\\s+(\\d{4}))?");

	private static final Set<String> KNOWN_HEADER = Set.of("new", "get trending papers in your email inbox!",
			"subscribe", "daily papers", "byak and the research community");

	private final Reader reader;

	private final ParagraphReader paragraphs;

	private final DigestSourceInfo source;

	private final Deque<Paragraph> lookahead = new ArrayDeque<>();

	private DigestRef ref;

	private long ordinal;

	TextDigestStream(Reader reader, DigestSourceInfo source, int maxParagraph) {
		this.reader = reader;
		this.paragraphs = new ParagraphReader(reader, maxParagraph);
		this.source = source;
	}

	@Override
	public DigestItem next() throws IOException {
		if (this.ref == null) {
			readHeader();
		}
		Paragraph title = pull();
		if (title == null) {
			return null;
		}
		this.ordinal++;
		String problem = problemOf(title);
		if (problem != null) {
			Paragraph body = peek();
			// a paragraph is the bad title's abstract unless it looks like the next
			// title (short, not ending as prose does)
			if (looksLikeTitle(title) && body != null && (!looksLikeTitle(body) || endsLikeProse(body))) {
				// the bad title's abstract is quarantined with it, not rejected again as
				// an orphan
				pull();
				return new RejectedEntry(this.ref, this.ordinal, title.line(), problem,
						title.raw() + "\n\n" + body.raw());
			}
			return reject(title, problem);
		}
		if (!looksLikeTitle(title)) {
			return reject(title, "paragraph without a title line before it");
		}
		Paragraph body = pull();
		if (body == null) {
			return reject(title, "title without an abstract at the end of the digest");
		}
		if (looksLikeTitle(body) && !endsLikeProse(body)) {
			Paragraph after = peek();
			// a short line followed by an abstract is the next entry's title: this one
			// has none
			if (after != null && !looksLikeTitle(after)) {
				// the title has no abstract; the paragraph after it starts the next entry
				this.lookahead.addFirst(body);
				return reject(title, "title without an abstract");
			}
		}
		problem = problemOf(body);
		if (problem != null) {
			return new RejectedEntry(this.ref, this.ordinal, title.line(), problem, title.raw() + "\n\n" + body.raw());
		}
		return DigestEntry.of(this.ref, this.ordinal, title.line(), nfc(title.text()), nfc(body.text()));
	}

	private void readHeader() throws IOException {
		MonthDay monthDay = null;
		Integer year = null;
		int dateIndex = -1;
		for (int i = 0; i < HEADER_LOOKAHEAD; i++) {
			Paragraph p = this.paragraphs.next();
			if (p == null) {
				break;
			}
			this.lookahead.addLast(p);
			Matcher m = (p.lines().size() == 1) ? DATE_LINE.matcher(p.lines().get(0)) : null;
			if (m != null && m.matches()) {
				monthDay = DigestDateHint.monthDayIn(m.group(1)).orElse(null);
				year = (m.group(2) != null) ? Integer.valueOf(m.group(2)) : null;
				dateIndex = i;
			}
		}
		for (int i = 0; i <= dateIndex; i++) {
			this.lookahead.removeFirst();
		}
		while (!this.lookahead.isEmpty() && isKnownHeader(this.lookahead.peekFirst())) {
			this.lookahead.removeFirst();
		}
		ResolvedDate date = (year != null && monthDay != null && this.source.dates().explicit() == null)
				? new ResolvedDate(LocalDate.of(year, monthDay.getMonth(), monthDay.getDayOfMonth()), "from the digest")
				: this.source.dates().resolve(monthDay);
		this.ref = this.source.ref(TextDigestParser.FORMAT, date);
	}

	private static boolean isKnownHeader(Paragraph p) {
		return p.lines().size() == 1 && KNOWN_HEADER.contains(p.lines().get(0).toLowerCase(Locale.ROOT));
	}

	private Paragraph pull() throws IOException {
		return this.lookahead.isEmpty() ? this.paragraphs.next() : this.lookahead.removeFirst();
	}

	private Paragraph peek() throws IOException {
		if (this.lookahead.isEmpty()) {
			Paragraph p = this.paragraphs.next();
			if (p == null) {
				return null;
			}
			this.lookahead.addLast(p);
		}
		return this.lookahead.peekFirst();
	}

	private static boolean looksLikeTitle(Paragraph p) {
		return p.lines().size() <= 2 && p.length() <= MAX_TITLE && !p.truncated();
	}

	private static boolean endsLikeProse(Paragraph p) {
		String text = p.text();
		return text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
	}

	private static String problemOf(Paragraph p) {
		if (p.truncated()) {
			return "paragraph longer than " + TextDigestParser.MAX_PARAGRAPH + " characters";
		}
		for (String line : p.lines()) {
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (c == '\uFFFD') {
					return "undecodable bytes (not UTF-8 text)";
				}
				if (Character.isISOControl(c) && c != '\t') {
					return "control characters in text";
				}
			}
		}
		return null;
	}

	private RejectedEntry reject(Paragraph p, String reason) {
		return new RejectedEntry(this.ref, this.ordinal, p.line(), reason, p.raw());
	}

	private static String nfc(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFC);
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
