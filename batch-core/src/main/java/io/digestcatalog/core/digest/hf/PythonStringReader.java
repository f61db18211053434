package io.digestcatalog.core.digest.hf;

import java.util.Locale;
import java.util.Set;

/**
 * Reads one Python string literal as {@code repr()} writes it: single, double or triple
 * quotes, an optional {@code r}, {@code u} or {@code b} prefix, and the escapes of Python
 * 3 ({@code \n}, {@code \x41}, {@code \u00e9}, {@code \U0001F600}, {@code \N{BULLET}},
 * octal, line continuations).
 */
final class PythonStringReader {

	private static final Set<String> PREFIXES = Set.of("", "r", "u", "b", "br", "rb");

	private PythonStringReader() {
	}

	/** Whether a string literal (with its prefix, if any) starts at {@code pos}. */
	static boolean startsString(String text, int pos) {
		int quote = pos;
		while (quote < text.length() && quote - pos < 2 && "rRbBuU".indexOf(text.charAt(quote)) >= 0) {
			quote++;
		}
		return quote < text.length() && (text.charAt(quote) == '\'' || text.charAt(quote) == '"')
				&& PREFIXES.contains(text.substring(pos, quote).toLowerCase(Locale.ROOT));
	}

	/**
	 * Appends the value of the literal starting at {@code start} to {@code out}.
	 * @return the offset just past the closing quote
	 */
	static int read(String text, int start, StringBuilder out) {
		int pos = start;
		boolean raw = false;
		boolean bytes = false;
		for (char c = text.charAt(pos); c != '\'' && c != '"'; c = text.charAt(++pos)) {
			raw |= Character.toLowerCase(c) == 'r';
			bytes |= Character.toLowerCase(c) == 'b';
		}
		String quote = String.valueOf(text.charAt(pos));
		if (text.startsWith(quote.repeat(3), pos)) {
			quote = quote.repeat(3);
		}
		pos += quote.length();
		while (!text.startsWith(quote, pos)) {
			if (pos >= text.length()) {
				throw new PythonLiteralException("unterminated string starting", start);
			}
			char c = text.charAt(pos);
			if ((c == '\n' || c == '\r') && quote.length() == 1) {
				throw new PythonLiteralException("line break in a single-quoted string", pos);
			}
			if (c == '\\' && pos + 1 < text.length()) {
				if (raw) {
					// a raw string keeps its backslashes, but they still protect a quote
					out.append(c).append(text.charAt(pos + 1));
					pos += 2;
				}
				else {
					pos = escape(text, pos, bytes, out);
				}
			}
			else {
				out.append(c);
				pos++;
			}
		}
		return pos + quote.length();
	}

	/**
	 * Appends the escape starting at the backslash {@code at}; returns the offset after
	 * it.
	 */
	private static int escape(String text, int at, boolean bytes, StringBuilder out) {
		char c = text.charAt(at + 1);
		switch (c) {
			case '\n', '\r' -> {
				// a backslash before a line break continues the line
				return (c == '\r' && text.startsWith("\n", at + 2)) ? at + 3 : at + 2;
			}
			case '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v' -> {
				out.append(simpleEscape(c));
				return at + 2;
			}
			case 'x' -> {
				return hex(text, at, 2, out);
			}
			case 'u', 'U', 'N' -> {
				if (bytes) {
					// bytes literals know no Unicode escapes: Python keeps them as
					// written
					out.append('\\').append(c);
					return at + 2;
				}
				return (c == 'N') ? named(text, at, out) : hex(text, at, (c == 'u') ? 4 : 8, out);
			}
			default -> {
				int end = at + 1;
				while (end < text.length() && end < at + 4 && text.charAt(end) >= '0' && text.charAt(end) <= '7') {
					end++;
				}
				if (end > at + 1) {
					out.append((char) Integer.parseInt(text.substring(at + 1, end), 8));
					return end;
				}
				// Python keeps an unknown escape as written, backslash included
				out.append('\\').append(c);
				return at + 2;
			}
		}
	}

	private static char simpleEscape(char c) {
		return switch (c) {
			case 'a' -> '\u0007';
			case 'b' -> '\b';
			case 'f' -> '\f';
			case 'n' -> '\n';
			case 'r' -> '\r';
			case 't' -> '\t';
			case 'v' -> '\u000B';
			default -> c;
		};
	}

	private static int hex(String text, int at, int digits, StringBuilder out) {
		int end = at + 2 + digits;
		String hex = (end <= text.length()) ? text.substring(at + 2, end) : "";
		if (!hex.matches("[0-9a-fA-F]{" + digits + "}")) {
			throw new PythonLiteralException("truncated \\" + text.charAt(at + 1) + " escape", at);
		}
		int codePoint = Integer.parseUnsignedInt(hex, 16);
		if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
			throw new PythonLiteralException("escape beyond Unicode", at);
		}
		out.appendCodePoint(codePoint);
		return end;
	}

	private static int named(String text, int at, StringBuilder out) {
		int close = text.indexOf('}', at);
		if (!text.startsWith("{", at + 2) || close < 0) {
			throw new PythonLiteralException("malformed \\N{...} escape", at);
		}
		try {
			out.appendCodePoint(Character.codePointOf(text.substring(at + 3, close)));
		}
		catch (IllegalArgumentException ex) {
			throw new PythonLiteralException("unknown Unicode character name in \\N{...}", at);
		}
		return close + 1;
	}

}
