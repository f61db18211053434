package io.digestcatalog.core.digest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Text that is plainly something other than a digest: a table (CSV, TSV) or a marked-up
 * document (Markdown with tables or headings). Read as a digest, such files would turn
 * headings into papers; they are declined instead.
 */
final class TextShape {

	private static final int SAMPLE_LINES = 30;

	private TextShape() {
	}

	static boolean isTabularOrMarkup(byte[] head) {
		if (startsWith(head, "%PDF-") || startsWith(head, "PK\u0003\u0004") || startsWith(head, "{")
				|| startsWith(head, "[")) {
			// a PDF or an archive, or JSON: their own formats or none, never a text
			// digest
			return true;
		}
		List<String> lines = new String(head, StandardCharsets.UTF_8).lines()
			.filter(l -> !l.isBlank())
			.limit(SAMPLE_LINES)
			.toList();
		return isTable(lines, ',') || isTable(lines, '\t') || isMarkdown(lines);
	}

	/**
	 * Lines that nearly all split into the same number of columns: five or more lines for
	 * three or more columns, eight or more lines (nine in ten alike) for two.
	 */
	private static boolean isTable(List<String> lines, char separator) {
		if (lines.size() < 5) {
			return false;
		}
		long columns = count(lines.get(0), separator);
		if (columns < 1 || (columns == 1 && lines.size() < 8)) {
			return false;
		}
		long alike = lines.stream().filter(l -> count(l, separator) == columns).count();
		return (columns >= 2) ? alike * 10 >= lines.size() * 8 : alike * 10 >= lines.size() * 9;
	}

	private static boolean startsWith(byte[] head, String magic) {
		int i = 0;
		// a byte-order mark or leading white space does not hide JSON
		while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'
				|| (head[i] & 0xFF) == 0xEF || (head[i] & 0xFF) == 0xBB || (head[i] & 0xFF) == 0xBF)) {
			i++;
		}
		if (head.length - i < magic.length()) {
			return false;
		}
		for (int k = 0; k < magic.length(); k++) {
			if (head[i + k] != (byte) magic.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isMarkdown(List<String> lines) {
		long headings = lines.stream().filter(l -> l.matches("#{1,6} \\S.*")).count();
		boolean table = lines.stream().anyMatch(l -> l.matches("\\|?\\s*:?-{3,}:?\\s*\\|.*"));
		return table || headings >= 2;
	}

	/** Separators outside double-quoted fields, as CSV counts them. */
	private static long count(String line, char separator) {
		long n = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (ch == '"') {
				quoted = !quoted;
			}
			else if (ch == separator && !quoted) {
				n++;
			}
		}
		return n;
	}

}
