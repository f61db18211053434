package io.digestcatalog.core.digest.hf;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A cursor over Python literal text: whitespace and comments, constants, string literals,
 * and errors that say where they happened.
 */
final class PythonScanner {

	private final String text;

	private int pos;

	PythonScanner(String text) {
		this.text = text;
	}

	String text() {
		return this.text;
	}

	int pos() {
		return this.pos;
	}

	void advance(int to) {
		this.pos = to;
	}

	/** The character at the cursor, or -1 at the end. */
	int peek() {
		return (this.pos < this.text.length()) ? this.text.charAt(this.pos) : -1;
	}

	boolean atEnd() {
		return this.pos >= this.text.length();
	}

	void skipSpace() {
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos);
			if (c == '#') {
				while (this.pos < this.text.length() && this.text.charAt(this.pos) != '\n') {
					this.pos++;
				}
			}
			else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
				this.pos++;
			}
			else {
				return;
			}
		}
	}

	/** Skips space, then reads {@code c} or fails saying it was expected. */
	void expect(char c) {
		skipSpace();
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		this.pos++;
	}

	boolean atString() {
		return !atEnd() && PythonStringReader.startsString(this.text, this.pos);
	}

	/**
	 * Reads a string literal and any literals adjacent to it, which Python concatenates.
	 */
	String string() {
		StringBuilder value = new StringBuilder();
		do {
			this.pos = PythonStringReader.read(this.text, this.pos, value);
			skipSpace();
		}
		while (atString());
		return value.toString();
	}

	boolean atName() {
		return !atEnd() && Character.isJavaIdentifierStart(this.text.charAt(this.pos));
	}

	/** Reads {@code True}, {@code False} or {@code None}, the only names of literals. */
	JsonNode constant() {
		int start = this.pos;
		while (!atEnd() && Character.isJavaIdentifierPart(this.text.charAt(this.pos))) {
			this.pos++;
		}
		String name = this.text.substring(start, this.pos);
		return switch (name) {
			case "True" -> JsonNodeFactory.instance.booleanNode(true);
			case "False" -> JsonNodeFactory.instance.booleanNode(false);
			case "None" -> JsonNodeFactory.instance.nullNode();
			default -> throw new PythonLiteralException("'" + name + "' is not a literal", start);
		};
	}

	/** A failure at the cursor: what was expected and what was found instead. */
	PythonLiteralException error(String expected) {
		String found = atEnd() ? "the end of the text" : "'" + this.text.charAt(this.pos) + "'";
		return new PythonLiteralException(expected + " but found " + found, this.pos);
	}

}
