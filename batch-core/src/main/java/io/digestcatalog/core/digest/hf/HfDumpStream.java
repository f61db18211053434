package io.digestcatalog.core.digest.hf;

import java.io.IOException;
import java.io.Reader;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.RejectedEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;

/**
 * Streams a daily-papers dump token by token, reading one item's tree at a time; see
 * {@link HfDailyPapersParser}. A dump broken as a whole ends with one rejection at
 * ordinal 0, after the items read before the break.
 */
final class HfDumpStream implements DigestItemStream {

	private final Reader reader;

	private final JsonParser json;

	private final DigestSourceInfo source;

	private DigestRef ref;

	/** Items read completely, which is also the ordinal of the last one. */
	private long ordinal;

	private boolean wrapped;

	private boolean done;

	HfDumpStream(Reader reader, JsonParser json, DigestSourceInfo source) {
		this.reader = reader;
		this.json = json;
		this.source = source;
	}

	@Override
	public DigestItem next() throws IOException {
		if (this.done) {
			return null;
		}
		try {
			if (this.ref == null) {
				HfDumpStart.Start start = HfDumpStart.read(this.json);
				this.ref = HfDumpStart.ref(this.source, start.date());
				this.wrapped = start.wrapped();
				if (start.problem() != null) {
					return wholeDump(start.problem(), this.json.currentTokenLocation().getLineNr());
				}
			}
			JsonToken token = this.json.nextToken();
			if (token == JsonToken.END_ARRAY) {
				return end();
			}
			long line = this.json.currentTokenLocation().getLineNr();
			return item(token, line);
		}
		catch (JacksonIOException ex) {
			throw ex.getCause();
		}
		catch (JacksonException ex) {
			// a first token that failed means the input is no JSON at all
			boolean started = this.ref != null || this.json.currentToken() != null;
			return wholeDump(HfDumpStart.problemOf(ex, started, this.ordinal), lineOf(ex));
		}
	}

	private DigestItem item(JsonToken token, long line) {
		if (token == JsonToken.VALUE_STRING) {
			String repr = this.json.getString();
			this.ordinal++;
			try {
				return HfItemMapper.map(this.ref, this.ordinal, line, PythonLiteralParser.parse(repr), repr);
			}
			catch (PythonLiteralException ex) {
				return new RejectedEntry(this.ref, this.ordinal, line,
						"unparseable Python-repr item: " + ex.getMessage(), repr);
			}
		}
		if (token == JsonToken.START_OBJECT) {
			JsonNode item = this.json.readValueAsTree();
			this.ordinal++;
			return HfItemMapper.map(this.ref, this.ordinal, line, item, null);
		}
		String raw = token.isScalarValue() ? this.json.getString() : "";
		this.json.skipChildren();
		this.ordinal++;
		return new RejectedEntry(this.ref, this.ordinal, line,
				"a JSON " + HfDumpStart.describe(token) + " where a paper object was expected", raw);
	}

	/** After the items: the rest of a wrapper, then nothing but the end of the input. */
	private DigestItem end() {
		if (this.wrapped) {
			while (this.json.nextToken() == JsonToken.PROPERTY_NAME) {
				this.json.nextToken();
				this.json.skipChildren();
			}
		}
		if (this.json.nextToken() != null) {
			return wholeDump("content after the end of the dump", this.json.currentTokenLocation().getLineNr());
		}
		this.done = true;
		return (this.ordinal == 0) ? wholeDump("the dump holds no papers (empty array)", 1) : null;
	}

	private RejectedEntry wholeDump(String reason, long line) {
		this.done = true;
		if (this.ref == null) {
			this.ref = HfDumpStart.ref(this.source, null);
		}
		return new RejectedEntry(this.ref, 0, Math.max(line, 1), reason, "");
	}

	private static long lineOf(JacksonException ex) {
		return (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 1;
	}

	@Override
	public void close() throws IOException {
		try {
			this.json.close();
		}
		finally {
			this.reader.close();
		}
	}

}
