package io.digestcatalog.core.digest;

/**
 * Control characters (NUL, the other C0 controls but tab, line feed, carriage return and
 * form feed, DEL and the C1 controls) inside otherwise textual digests: a stray byte a
 * mail client or an export left. A text parser quarantines the entry that holds them (its
 * paragraphs are suspect); a JSON string that escapes one ({@code \\u0000}) loses it, as
 * the rest of the value is intact; no entry keeps one. Only content that is really binary
 * is declined whole (see {@link TextSniffer#binaryReason}).
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	public static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F);
	}

	/** The text without its control characters (the same instance when it has none). */
	public static String strip(String text) {
		if (text == null) {
			return null;
		}
		int first = 0;
		while (first < text.length() && !isControl(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		out.append(text, 0, first);
		for (int i = first + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isControl(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

}
