package io.digestcatalog.core.digest.mail;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.stream.Event;

/**
 * Listens to what mime4j forgives, to tell a damaged message from a sound one: a base64
 * body with bytes that are no base64, a multipart or header cut off by the end of input.
 * Quoted-printable oddities (bare line feeds) are normal in mailboxes and are ignored.
 */
final class DecodeProblems extends DecodeMonitor {

	private String base64;

	private String truncation;

	@Override
	public boolean isListening() {
		return true;
	}

	@Override
	public boolean warn(String message, String action) {
		String text = (message != null) ? message : "";
		if (text.toLowerCase(java.util.Locale.ROOT).contains("base64") || text.startsWith("Unexpected padding")) {
			this.base64 = (this.base64 != null) ? this.base64 : text;
		}
		else if (text.contains(Event.MIME_BODY_PREMATURE_END.toString())
				|| text.contains(Event.HEADERS_PREMATURE_END.toString())) {
			this.truncation = (this.truncation != null) ? this.truncation : text;
		}
		// never stop the parser: the message is judged once it is read
		return false;
	}

	/** Forgets base64 problems, before a body part is decoded. */
	void startPart() {
		this.base64 = null;
	}

	/**
	 * The first base64 problem of the part decoded since {@link #startPart()}, or null.
	 */
	String base64Problem() {
		return this.base64;
	}

	/** What showed the message was cut off, or {@code null}. */
	String truncation() {
		return this.truncation;
	}

}
