package io.digestcatalog.core.digest.mail;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.core.digest.TextSniffer;

/**
 * Tells mail from other text by its start: an mbox "From " separator line, or a block of
 * RFC 5322 header fields that only mail has.
 */
final class MailSniffer {

	static final int CONFIDENCE = 85;

	/** An mbox separator: "From", the envelope sender, an asctime date with its time. */
	private static final Pattern FROM_LINE = Pattern.compile("From \\S+ .*\\d{1,2}:\\d{2}.*");

	private static final Pattern FIELD = Pattern.compile("([!-9;-~]+):.*");

	/** Fields only a mail header has; a text that merely starts "Title:" is no mail. */
	private static final Set<String> MAIL_FIELDS = Set.of("from", "received", "return-path", "delivered-to",
			"mime-version", "message-id");

	private MailSniffer() {
	}

	static int confidence(byte[] head) {
		if (head.length == 0 || TextSniffer.binaryReason(head).isPresent()) {
			return 0;
		}
		String text = new String(head, StandardCharsets.ISO_8859_1);
		if (text.startsWith("\u00EF\u00BB\u00BF")) {
			text = text.substring(3);
		}
		String[] lines = text.split("\r?\n", -1);
		return (isFromLine(lines[0]) || isHeader(lines)) ? CONFIDENCE : 0;
	}

	/** Whether a line (without its line break) separates the messages of an mbox. */
	static boolean isFromLine(String line) {
		return line.startsWith("From ") && FROM_LINE.matcher(line.strip()).matches();
	}

	private static boolean isHeader(String[] lines) {
		Set<String> names = new HashSet<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isEmpty()) {
				break;
			}
			Matcher field = FIELD.matcher(line);
			if (field.matches()) {
				names.add(field.group(1).toLowerCase(Locale.ROOT));
			}
			else if (names.isEmpty() || !(line.startsWith(" ") || line.startsWith("\t"))) {
				// a bad line is only forgiven where the sniffed head cut it short
				if (i < lines.length - 1 || names.isEmpty()) {
					return false;
				}
			}
		}
		return names.stream().anyMatch(MAIL_FIELDS::contains) || (names.contains("date") && names.contains("subject"));
	}

}
