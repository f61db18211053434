package io.digestcatalog.core.digest.arxiv;

/** Unwraps arXiv's 80-column abstracts: an indented line starts a new paragraph. */
final class ArxivText {

	private ArxivText() {
	}

	/** Lines joined by spaces, paragraphs by a newline, whitespace folded; never null. */
	static String unwrap(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			if (!out.isEmpty()) {
				out.append(Character.isWhitespace(line.charAt(0)) ? '\n' : ' ');
			}
			out.append(line.strip().replaceAll("\\s+", " "));
		}
		return out.toString();
	}

}
