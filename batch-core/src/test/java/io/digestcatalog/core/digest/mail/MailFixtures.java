package io.digestcatalog.core.digest.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.message.MultipartBuilder;
import org.jsoup.nodes.Entities;

import io.digestcatalog.core.digest.DigestContext;
import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.TextDigestParser;

/**
 * The canonical text digest, the mail that carries it (composed with mime4j's builders or
 * written as RFC 5322 text) and reading it the way an ingest does.
 */
final class MailFixtures {

	/** The day the test mails were sent, as their Date header says. */
	static final LocalDate SENT = LocalDate.of(2025, 7, 29);

	/** When test files were "written": after the mails were sent. */
	static final Instant WRITTEN = Instant.parse("2025-08-02T10:00:00Z");

	static final String MAVORS = "Mavors: Multi-granularity Video Representation for Multimodal Large Language Model";

	private MailFixtures() {
	}

	static Path corpus() {
		String shared = System.getProperty("digestcat.shared");
		return ((shared != null && !shared.isBlank()) ? Path.of(shared) : Path.of("../../shared")).resolve("corpus");
	}

	static Path canonical() {
		return corpus().resolve("hf-daily-papers/daily-papers-jul29.txt");
	}

	static String canonicalText() throws IOException {
		return Files.readString(canonical(), StandardCharsets.UTF_8);
	}

	/** The canonical digest read as a plain text file, for comparison. */
	static List<DigestEntry> canonicalEntries() throws IOException {
		return entries(read(new TextDigestParser(), Files.readAllBytes(canonical()), "daily-papers-jul29.txt", null,
				context(Set.of())));
	}

	static List<String> titles(List<DigestEntry> entries) {
		return entries.stream().map(DigestEntry::title).toList();
	}

	/**
	 * The canonical digest as an HTML mail body: title links in headings, abstracts in
	 * paragraphs.
	 */
	static String htmlDigest(List<DigestEntry> entries) {
		StringBuilder html = new StringBuilder("<html><head><title>Daily Papers</title><style>p{margin:0}</style>"
				+ "</head><body>\n<h1>Daily Papers</h1>\n<p>Jul 29</p>\n");
		for (DigestEntry entry : entries) {
			html.append("<div class=\"paper\">\n  <h3><a href=\"")
				.append(paperLink(entry))
				.append("\">")
				.append(Entities.escape(entry.title()))
				.append("</a></h3>\n  <p>")
				.append(Entities.escape(entry.abstractText()))
				.append("</p>\n</div>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	/** A paper page per entry; only the first one's arXiv id is real (2504.10068). */
	static String paperLink(DigestEntry entry) {
		return "https://huggingface.co/papers/2504.1" + String.format("%04d", 68 + entry.ordinal() - 1);
	}

	static Message.Builder header(String subject, String messageId) throws IOException {
		try {
			return Message.Builder.of()
				.setFrom("AK <digest@example.org>")
				.setTo("reader@example.org")
				.setSubject(subject)
				.setDate(java.util.Date.from(Instant.parse("2025-07-29T07:15:00Z")), TimeZone.getTimeZone("GMT+2"))
				.setMessageId("<" + messageId + ">");
		}
		catch (org.apache.james.mime4j.dom.field.ParseException ex) {
			throw new IOException(ex);
		}
	}

	/** A text/plain message in quoted-printable UTF-8. */
	static byte[] quotedPrintableMessage(String text) throws IOException {
		return write(header("Daily Papers, Jul 29", "qp@example.org").setBody(text, "plain", StandardCharsets.UTF_8)
			.setContentTransferEncoding("quoted-printable")
			.build());
	}

	/** A multipart/alternative message: the text base64, then an HTML alternative. */
	static byte[] alternativeMessage(String text, String html) throws IOException {
		Multipart alternative = MultipartBuilder.create("alternative")
			.addBodyPart(BodyPartBuilder.create()
				.setBody(text, "plain", StandardCharsets.UTF_8)
				.setContentTransferEncoding("base64"))
			.addBodyPart(BodyPartBuilder.create()
				.setBody(html, "html", StandardCharsets.UTF_8)
				.setContentTransferEncoding("quoted-printable"))
			.build();
		return write(header("Daily Papers, Jul 29", "alternative@example.org").setBody(alternative).build());
	}

	/** A message whose only body is HTML. */
	static byte[] htmlMessage(String html) throws IOException {
		return write(header("Daily Papers, Jul 29", "html@example.org").setBody(html, "html", StandardCharsets.UTF_8)
			.setContentTransferEncoding("quoted-printable")
			.build());
	}

	static byte[] write(Message message) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DefaultMessageWriter().writeMessage(message, out);
		// a message ends with a line break (mime4j leaves it off a last text line), or an
		// mbox could not hold it byte for byte
		byte[] bytes = out.toByteArray();
		if (bytes.length == 0 || bytes[bytes.length - 1] != '\n') {
			out.write('\r');
			out.write('\n');
		}
		return out.toByteArray();
	}

	/** Messages in an mbox as an mboxrd writer writes them: "From " lines and quoting. */
	static byte[] mbox(byte[]... messages) {
		StringBuilder mbox = new StringBuilder();
		for (byte[] message : messages) {
			mbox.append("From digest@example.org Tue Jul 29 07:15:00 2025\n");
			String text = new String(message, StandardCharsets.ISO_8859_1);
			for (String line : text.split("(?<=\n)")) {
				mbox.append(line.matches(">*From .*\\s*") ? ">" + line : line);
			}
			mbox.append(text.endsWith("\n") ? "\n" : "\n\n");
		}
		return mbox.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	static List<DigestItem> readMail(byte[] bytes, String name, LocalDate explicit, DigestContext context)
			throws IOException {
		return read(new MailDigestParser(), bytes, name, explicit, context);
	}

	static List<DigestItem> readMail(byte[] bytes, String name) throws IOException {
		return readMail(bytes, name, null, context(Set.of()));
	}

	static List<DigestItem> read(DigestParser parser, byte[] bytes, String name, LocalDate explicit,
			DigestContext context) throws IOException {
		DigestSourceInfo source = new DigestSourceInfo(sha256(bytes), "/mail/" + name,
				new DigestDateHint(explicit, name, WRITTEN, ZoneOffset.UTC), null, context);
		List<DigestItem> items = new ArrayList<>();
		try (DigestItemStream stream = parser.open(new ByteArrayInputStream(bytes), source)) {
			for (DigestItem item = stream.next(); item != null; item = stream.next()) {
				items.add(item);
			}
		}
		return items;
	}

	/** The standard formats, with the digests of these hashes loaded already. */
	static DigestContext context(Set<String> loaded) {
		DigestFormats formats = DigestFormats.standard();
		return new DigestContext() {
			@Override
			public DigestFormats formats() {
				return formats;
			}

			@Override
			public boolean isLoaded(String sha256) {
				return loaded.contains(sha256);
			}
		};
	}

	/** An abstract long enough (over 300 characters) not to pass for a title. */
	static String abstractAbout(String topic) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			text.append((i > 0) ? " " : "")
				.append("We study ")
				.append(topic)
				.append(" in setting ")
				.append(i)
				.append('.');
		}
		return text.toString();
	}

	static List<DigestEntry> entries(List<DigestItem> items) {
		return items.stream().filter(DigestEntry.class::isInstance).map(DigestEntry.class::cast).toList();
	}

	static List<RejectedEntry> rejected(List<DigestItem> items) {
		return items.stream().filter(RejectedEntry.class::isInstance).map(RejectedEntry.class::cast).toList();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
