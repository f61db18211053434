package io.digestcatalog.core.digest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;

import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.stream.BodyDescriptor;

/**
 * A body part as a candidate for a message's text: how much it is preferred and how it is
 * read.
 *
 * @param type its MIME type, lower case
 * @param attachment whether it is marked as an attachment
 * @param charset its declared charset, or {@code null}
 * @param fileName its file name, or {@code null}
 */
record TextPart(String type, boolean attachment, String charset, String fileName) {

	static TextPart of(BodyDescriptor descriptor) {
		String type = descriptor.getMimeType().toLowerCase(Locale.ROOT);
		if (!(descriptor instanceof MaximalBodyDescriptor part)) {
			return new TextPart(type, false, descriptor.getCharset(), null);
		}
		// the declared parameter, not getCharset(): that says us-ascii when none is given
		String fileName = (part.getContentDispositionFilename() != null) ? part.getContentDispositionFilename()
				: part.getContentTypeParameters().get("name");
		return new TextPart(type, "attachment".equalsIgnoreCase(part.getContentDispositionType()),
				part.getContentTypeParameters().get("charset"), fileName);
	}

	boolean html() {
		return this.type.equals("text/html");
	}

	/**
	 * How much this part is preferred: inline text/plain, inline HTML, attached
	 * text/plain, attached HTML; -1 for a part that is no text.
	 */
	int rank() {
		int rank = this.type.equals("text/plain") ? 1 : html() ? 0 : -1;
		return (rank < 0) ? -1 : rank + (this.attachment ? 0 : 2);
	}

	/**
	 * Reads the decoded part as text, HTML rendered; unusable with a reason when its
	 * base64 is corrupt, it is too large or it holds no text.
	 */
	MailBody read(InputStream decoded, int maxBody, DecodeProblems problems) throws IOException {
		// HTML is bounded tighter: its DOM costs many times its size
		int limit = html() ? maxBody / 4 : maxBody;
		problems.startPart();
		byte[] bytes = decoded.readNBytes(limit + 1);
		if (problems.base64Problem() != null) {
			return MailBody.unusable("corrupt base64 in the " + this.type + " part (" + problems.base64Problem() + ")",
					null, null);
		}
		if (bytes.length > limit) {
			return MailBody.unusable("the " + this.type + " part is larger than " + (limit >> 20) + " MiB", null, null);
		}
		Charset decodedFrom = MailCharsets.declared(this.charset);
		String text = MailCharsets.decode(bytes, decodedFrom);
		text = html() ? HtmlText.render(text) : text;
		if (text.isBlank()) {
			return MailBody.unusable("the " + this.type + " part holds no text", null, null);
		}
		return new MailBody(text, decodedFrom, html(), this.fileName, null, null, null);
	}

}
