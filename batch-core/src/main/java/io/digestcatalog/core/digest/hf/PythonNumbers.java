package io.digestcatalog.core.digest.hf;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Python number literals with a sign: decimal, hex, octal and binary integers of any
 * size, and floats; as the Jackson nodes JSON of the same value would give.
 */
final class PythonNumbers {

	private static final String DIGITS = "\\d(?:_?\\d)*";

	private static final Pattern NUMBER = Pattern.compile("0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+"
			+ "|(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");

	private static final Pattern DECIMAL_INT = Pattern.compile(DIGITS);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private PythonNumbers() {
	}

	/** Reads the sign and the number at the scanner's cursor. */
	static JsonNode read(PythonScanner in) {
		// one sign, as ast.literal_eval takes it
		boolean negative = in.peek() == '-';
		if (negative || in.peek() == '+') {
			in.advance(in.pos() + 1);
			in.skipSpace();
		}
		int start = in.pos();
		Matcher m = NUMBER.matcher(in.text()).region(start, in.text().length());
		if (!m.lookingAt()) {
			throw in.error("expected a number");
		}
		String literal = m.group().replace("_", "");
		in.advance(m.end());
		if (in.peek() == 'j' || in.peek() == 'J') {
			throw new PythonLiteralException("complex numbers are not supported", start);
		}
		if (in.atName() || (in.peek() >= '0' && in.peek() <= '9')) {
			throw in.error("malformed number");
		}
		if (DECIMAL_INT.matcher(m.group()).matches()) {
			if (literal.length() > 1 && literal.startsWith("0") && !literal.matches("0+")) {
				throw new PythonLiteralException("leading zeros in a decimal integer", start);
			}
			return integer(new BigInteger(literal), negative);
		}
		if (literal.length() > 1 && literal.charAt(0) == '0' && Character.isLetter(literal.charAt(1))) {
			int radix = switch (Character.toLowerCase(literal.charAt(1))) {
				case 'x' -> 16;
				case 'o' -> 8;
				default -> 2;
			};
			return integer(new BigInteger(literal.substring(2), radix), negative);
		}
		double value = Double.parseDouble(literal);
		return NODES.numberNode(negative ? -value : value);
	}

	private static JsonNode integer(BigInteger magnitude, boolean negative) {
		BigInteger value = negative ? magnitude.negate() : magnitude;
		if (value.bitLength() < 32) {
			return NODES.numberNode(value.intValue());
		}
		return (value.bitLength() < 64) ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
	}

}
