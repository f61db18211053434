package io.digestcatalog.core.digest.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Optional;

import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.ResolvedDate;

/**
 * Streams the items of a mail file, one message at a time: each message is a digest of
 * its own, read by the format its text body sniffs as; a message the ledger loaded before
 * is skipped; a message without a usable body is one rejected item.
 */
final class MailDigestStream implements DigestItemStream {

	private static final int SNIFF_BYTES = 8192;

	private final MboxReader messages;

	private final DigestSourceInfo source;

	private final int maxBody;

	private DigestItemStream current;

	private DatedItems dating;

	MailDigestStream(MboxReader messages, DigestSourceInfo source, int maxBody) {
		this.messages = messages;
		this.source = source;
		this.maxBody = maxBody;
	}

	@Override
	public DigestItem next() throws IOException {
		while (true) {
			if (this.current != null) {
				DigestItem item = this.current.next();
				if (item != null) {
					return this.dating.relabel(item);
				}
				this.current.close();
				this.current = null;
			}
			RawMessage message = this.messages.next();
			if (message == null) {
				return null;
			}
			DigestItem rejected = start(message);
			if (rejected != null) {
				return rejected;
			}
		}
	}

	/** Opens a message's body as a digest; a rejected item when it has none. */
	private DigestItem start(RawMessage message) throws IOException {
		String location = message.inMbox() ? this.source.location() + "#" + message.number() : this.source.location();
		if (this.source.context().isLoaded(message.sha256())) {
			return null;
		}
		if (message.tooLarge()) {
			return reject(message, location, null, "message of " + message.size() + " bytes, larger than the "
					+ size(this.messages.maxMessage()) + " a message may have");
		}
		if (message.blank()) {
			return reject(message, location, null, "empty message");
		}
		MailBody body = MailBodyReader.read(message.open(), this.maxBody);
		if (message.inMbox() && body.messageId() != null) {
			location += " <" + body.messageId() + ">";
		}
		if (!body.usable()) {
			return reject(message, location, body.date(), body.problem());
		}
		byte[] text = body.text().getBytes(StandardCharsets.UTF_8);
		String name = (body.fileName() != null) ? body.fileName() : "body.txt";
		Optional<DigestParser> parser = this.source.context()
			.formats()
			.sniff(Arrays.copyOf(text, Math.min(text.length, SNIFF_BYTES)), name);
		if (parser.isEmpty()) {
			return reject(message, location, body.date(),
					"the message's " + (body.html() ? "HTML" : "text") + " body is no digest format this build reads");
		}
		DigestDateHint outer = this.source.dates();
		LocalDate explicit = (outer.explicit() != null) ? outer.explicit() : body.date();
		DigestDateHint dates = new DigestDateHint(explicit, outer.fileName(), outer.modified(), outer.zone());
		// the body is handed on re-encoded: UTF-8 is the charset its bytes are now in
		DigestSourceInfo nested = new DigestSourceInfo(message.sha256(), location, dates, StandardCharsets.UTF_8,
				this.source.context());
		this.dating = new DatedItems(dates.resolve((MonthDay) null), outer.resolve(body.date(), "the Date header"),
				outer.explicit() == null && body.date() != null);
		this.current = parser.get().open(new ByteArrayInputStream(text), nested);
		return null;
	}

	private RejectedEntry reject(RawMessage message, String location, LocalDate date, String reason) {
		ResolvedDate resolved = this.source.dates().resolve(date, "the Date header");
		DigestRef ref = new DigestRef(message.sha256(), location, MailDigestParser.FORMAT, resolved.date(),
				resolved.origin());
		// mime4j's messages may span lines; the operator gets one
		return new RejectedEntry(ref, 0, 1, reason.replaceAll("\\s+", " ").strip(),
				message.text(RejectedEntry.MAX_RAW_LENGTH));
	}

	private static String size(long bytes) {
		return (bytes % (1 << 20) == 0) ? (bytes >> 20) + " MiB"
				: (bytes % (1 << 10) == 0) ? (bytes >> 10) + " KiB" : bytes + " bytes";
	}

	@Override
	public void close() throws IOException {
		try {
			if (this.current != null) {
				this.current.close();
			}
		}
		finally {
			this.messages.close();
		}
	}

}
