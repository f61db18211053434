package io.digestcatalog.core.digest.mail;

import java.nio.charset.Charset;
import java.time.LocalDate;

/**
 * What a message offers as a digest: its text body, decoded, and what its header says.
 *
 * @param text the body as text (HTML already rendered), or {@code null} when unusable
 * @param charset the charset the body was decoded from, or {@code null}
 * @param html whether the text was rendered from HTML
 * @param fileName the body part's file name, or {@code null}
 * @param date the calendar date of its Date header, or {@code null}
 * @param messageId its Message-ID without angle brackets, or {@code null}
 * @param problem why the message has no usable body, one line; {@code null} when it has
 */
record MailBody(String text, Charset charset, boolean html, String fileName, LocalDate date, String messageId,
		String problem) {

	MailBody {
		if ((text == null) == (problem == null)) {
			throw new IllegalArgumentException("a mail body has either a text or a problem");
		}
	}

	static MailBody unusable(String problem, LocalDate date, String messageId) {
		return new MailBody(null, null, false, null, date, messageId, problem);
	}

	boolean usable() {
		return this.text != null;
	}

}
