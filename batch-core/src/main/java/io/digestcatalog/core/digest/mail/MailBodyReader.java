package io.digestcatalog.core.digest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Finds a message's text body with mime4j's streaming parser: the first inline text/plain
 * part (so the plain alternative of a multipart/alternative wins), else inline HTML
 * rendered to text, else a text attachment. Parts that are no text are never read.
 */
final class MailBodyReader extends AbstractContentHandler {

	private static final MimeConfig CONFIG = MimeConfig.custom()
		// the whole message is bounded already; HTML bodies often come in very long lines
		.setMaxLineLen(-1)
		.setMaxHeaderCount(10_000)
		.setMaxHeaderLen(1024 * 1024)
		.setMaxContentLen(-1)
		.build();

	private static final Set<String> MAIL_FIELDS = Set.of("from", "to", "cc", "date", "subject", "message-id",
			"mime-version", "received", "return-path", "delivered-to", "reply-to", "sender");

	private final DecodeProblems problems;

	private final int maxBody;

	private final Set<String> types = new LinkedHashSet<>();

	private int headers;

	private boolean topHeader;

	private int mailFields;

	private LocalDate date;

	private String messageId;

	private int bestRank = -1;

	private MailBody best;

	private String rejection;

	private MailBodyReader(DecodeProblems problems, int maxBody) {
		this.problems = problems;
		this.maxBody = maxBody;
	}

	static MailBody read(InputStream message, int maxBody) {
		DecodeProblems problems = new DecodeProblems();
		MimeStreamParser parser = new MimeStreamParser(CONFIG, problems,
				new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), problems));
		parser.setContentDecoding(true);
		MailBodyReader reader = new MailBodyReader(problems, maxBody);
		parser.setContentHandler(reader);
		try {
			parser.parse(message);
		}
		catch (MimeException | IOException ex) {
			// the message is in memory: an exception here is about its content, not I/O
			return MailBody.unusable("unreadable MIME structure: " + ex.getMessage(), reader.date, reader.messageId);
		}
		return reader.result();
	}

	@Override
	public void startHeader() {
		this.topHeader = this.headers++ == 0;
	}

	@Override
	public void field(Field field) {
		if (!this.topHeader) {
			return;
		}
		String name = field.getName().toLowerCase(Locale.ROOT);
		if (MAIL_FIELDS.contains(name)) {
			this.mailFields++;
		}
		if (name.equals("date") && this.date == null) {
			this.date = MailDate.parse(field.getBody());
		}
		else if (name.equals("message-id") && this.messageId == null) {
			String id = field.getBody().replaceAll("[\\s<>]", "");
			this.messageId = id.isEmpty() ? null : id;
		}
	}

	@Override
	public void body(BodyDescriptor descriptor, InputStream body) throws IOException {
		TextPart part = TextPart.of(descriptor);
		this.types.add(part.type());
		if (part.rank() <= this.bestRank) {
			return;
		}
		MailBody read = part.read(body, this.maxBody, this.problems);
		if (read.usable()) {
			this.bestRank = part.rank();
			this.best = read;
		}
		else if (this.rejection == null) {
			this.rejection = read.problem();
		}
	}

	private MailBody result() {
		if (this.problems.truncation() != null) {
			return MailBody.unusable("truncated message: " + this.problems.truncation(), this.date, this.messageId);
		}
		if (this.mailFields == 0) {
			return MailBody.unusable("not an e-mail message: no mail header fields (From, Date, Subject...)", this.date,
					this.messageId);
		}
		if (this.best != null) {
			return new MailBody(this.best.text(), this.best.charset(), this.best.html(), this.best.fileName(),
					this.date, this.messageId, null);
		}
		String problem = (this.rejection != null) ? this.rejection : this.types.isEmpty() ? "message without a body"
				: "no readable text in the message (its parts: " + String.join(", ", this.types) + ")";
		return MailBody.unusable(problem, this.date, this.messageId);
	}

}
