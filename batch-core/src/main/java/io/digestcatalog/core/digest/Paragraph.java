package io.digestcatalog.core.digest;

import java.util.List;

/**
 * A run of non-blank lines.
 *
 * @param line the line number of its first line, from 1
 * @param lines its lines, stripped
 * @param truncated whether it was longer than the reader's bound and was cut
 */
record Paragraph(long line, List<String> lines, boolean truncated) {

	String text() {
		return String.join(" ", this.lines);
	}

	String raw() {
		return String.join("\n", this.lines);
	}

	int length() {
		return this.lines.stream().mapToInt(String::length).sum() + this.lines.size() - 1;
	}

}
