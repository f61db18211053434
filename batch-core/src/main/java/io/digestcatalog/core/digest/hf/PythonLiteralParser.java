package io.digestcatalog.core.digest.hf;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses the literal syntax Python's {@code repr()} writes (what {@code ast.literal_eval}
 * reads back) into a Jackson tree: dicts become objects; lists, tuples and sets arrays;
 * {@code True}, {@code False} and {@code None} booleans and null; numbers the nodes JSON
 * of the same value gives. Some archives of JSON APIs hold their items in that form.
 */
public final class PythonLiteralParser {

	/** Deeper nesting is no repr of an API item; the bound keeps the recursion safe. */
	static final int MAX_DEPTH = 200;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final PythonScanner in;

	private int depth;

	private PythonLiteralParser(String text) {
		this.in = new PythonScanner(text);
	}

	/**
	 * The value of one Python literal.
	 * @throws PythonLiteralException if the text is no literal, with the offset where
	 * reading failed
	 */
	public static JsonNode parse(String text) {
		PythonLiteralParser parser = new PythonLiteralParser(text);
		JsonNode value = parser.value();
		parser.in.skipSpace();
		if (!parser.in.atEnd()) {
			throw parser.in.error("expected the end of the literal");
		}
		return value;
	}

	private JsonNode value() {
		this.in.skipSpace();
		int c = this.in.peek();
		if (c == '{' || c == '[' || c == '(') {
			if (++this.depth > MAX_DEPTH) {
				throw new PythonLiteralException("nesting deeper than " + MAX_DEPTH, this.in.pos());
			}
			this.in.advance(this.in.pos() + 1);
			JsonNode container = (c == '{') ? dictOrSet()
					: (c == '[') ? elementsUntil(']', NODES.arrayNode()) : tupleOrGroup();
			this.depth--;
			return container;
		}
		if (this.in.atString()) {
			return NODES.stringNode(this.in.string());
		}
		if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
			return PythonNumbers.read(this.in);
		}
		if (this.in.atName()) {
			return this.in.constant();
		}
		throw this.in.error("expected a value");
	}

	private JsonNode dictOrSet() {
		this.in.skipSpace();
		if (this.in.peek() == '}') {
			this.in.advance(this.in.pos() + 1);
			return NODES.objectNode();
		}
		int keyAt = this.in.pos();
		JsonNode key = value();
		this.in.skipSpace();
		if (this.in.peek() != ':') {
			return continueSequence('}', key);
		}
		ObjectNode dict = NODES.objectNode();
		while (true) {
			this.in.expect(':');
			dict.set(keyText(key, keyAt), value());
			if (!more('}')) {
				return dict;
			}
			keyAt = this.in.pos();
			key = value();
		}
	}

	private JsonNode tupleOrGroup() {
		this.in.skipSpace();
		if (this.in.peek() == ')') {
			this.in.advance(this.in.pos() + 1);
			return NODES.arrayNode();
		}
		JsonNode first = value();
		this.in.skipSpace();
		if (this.in.peek() == ')') {
			// (x) is x in parentheses; only (x,) is a tuple
			this.in.advance(this.in.pos() + 1);
			return first;
		}
		return continueSequence(')', first);
	}

	private ArrayNode continueSequence(char close, JsonNode first) {
		ArrayNode array = NODES.arrayNode().add(first);
		return more(close) ? elementsUntil(close, array) : array;
	}

	/** Reads {@code value, value, …} and the closing bracket, the opening one read. */
	private ArrayNode elementsUntil(char close, ArrayNode array) {
		this.in.skipSpace();
		if (this.in.peek() == close) {
			this.in.advance(this.in.pos() + 1);
			return array;
		}
		do {
			array.add(value());
		}
		while (more(close));
		return array;
	}

	/**
	 * After an element: true when a comma leads to another element, false when the
	 * closing bracket (after an optional trailing comma) was read.
	 */
	private boolean more(char close) {
		this.in.skipSpace();
		if (this.in.peek() == ',') {
			this.in.advance(this.in.pos() + 1);
			this.in.skipSpace();
		}
		else if (this.in.peek() != close) {
			throw this.in.error("expected ',' or '" + close + "'");
		}
		if (this.in.peek() == close) {
			this.in.advance(this.in.pos() + 1);
			return false;
		}
		return true;
	}

	private static String keyText(JsonNode key, int at) {
		if (key.isString()) {
			return key.stringValue();
		}
		if (key.isObject()) {
			throw new PythonLiteralException("a dict cannot be a dict key", at);
		}
		// JSON keys are text: other hashable keys are written as Python prints them
		return key.isBoolean() ? (key.booleanValue() ? "True" : "False") : key.isNull() ? "None" : key.toString();
	}

}
