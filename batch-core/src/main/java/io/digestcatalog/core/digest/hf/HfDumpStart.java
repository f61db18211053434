package io.digestcatalog.core.digest.hf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.DigestSourceInfo;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * The shape of a dump up to its first item, and what to tell the operator when a dump is
 * broken as a whole. A dump is an array of items or an object with a {@code data} array
 * of them (and maybe a {@code date}).
 */
final class HfDumpStart {

	private static final int MAX_MESSAGE = 200;

	private HfDumpStart() {
	}

	/**
	 * What the start of a dump said.
	 *
	 * @param wrapped whether the items are the {@code data} of a wrapper object
	 * @param date the wrapper's date field if it came before the items, or {@code null}
	 * @param problem why the dump has no items to stream, or {@code null} if it has
	 */
	record Start(boolean wrapped, String date, String problem) {
	}

	/** Reads up to the first item, or to where the dump shows it has none. */
	static Start read(JsonParser json) {
		JsonToken token = json.nextToken();
		if (token == JsonToken.START_ARRAY) {
			return new Start(false, null, null);
		}
		if (token != JsonToken.START_OBJECT) {
			return new Start(false, null,
					(token == null) ? "no JSON content" : "a JSON " + describe(token) + ", not a daily-papers dump");
		}
		String date = null;
		String status = null;
		while (json.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = json.currentName();
			JsonToken value = json.nextToken();
			if (name.equals("data") && value == JsonToken.START_ARRAY) {
				// a date after the data comes too late to date the entries: the file name
				// does
				return new Start(true, date, null);
			}
			if (value == JsonToken.VALUE_STRING && name.equals("date")) {
				date = json.getString();
			}
			if (value.isScalarValue() && name.equals("status")) {
				status = json.getString();
			}
			json.skipChildren();
		}
		return new Start(false, date, "a JSON object without a \"data\" array"
				+ ((status != null) ? " (status " + status + ")" : "") + ", not a daily-papers dump");
	}

	/** The dump's reference, dated by a wrapper's date field if it has a usable one. */
	static DigestRef ref(DigestSourceInfo source, String date) {
		LocalDate stated = null;
		try {
			stated = (date != null) ? LocalDate.parse(date.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			// a wrapper date that is no date leaves the dump to be dated as any digest
		}
		return source.ref(HfDailyPapersParser.FORMAT, source.dates().resolve(stated, "the dump's date field"));
	}

	/** One line on a dump Jackson could not read further. */
	static String problemOf(JacksonException ex, boolean started, long items) {
		String where = (ex.getLocation() != null)
				? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
		if (!started) {
			return "not JSON" + where + ": " + message(ex);
		}
		if (ex instanceof UnexpectedEndOfInputException) {
			return "the dump ends early (truncated JSON)" + where + " after " + items + " items";
		}
		return "invalid JSON" + where + " after " + items + " items: " + message(ex);
	}

	static String describe(JsonToken token) {
		return switch (token) {
			case START_ARRAY -> "array";
			case START_OBJECT -> "object";
			case VALUE_STRING -> "string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
			case VALUE_TRUE, VALUE_FALSE -> "boolean";
			case VALUE_NULL -> "null";
			default -> token.name().toLowerCase(Locale.ROOT);
		};
	}

	private static String message(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse("").strip();
		return (message.length() > MAX_MESSAGE) ? message.substring(0, MAX_MESSAGE) + "…" : message;
	}

}
