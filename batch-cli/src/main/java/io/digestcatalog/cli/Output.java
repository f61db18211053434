package io.digestcatalog.cli;

import java.io.PrintWriter;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes results for people (text) or scripts (--json). */
final class Output {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Output() {
	}

	static void json(PrintWriter out, Object value) {
		out.println(JSON.writeValueAsString(value));
		out.flush();
	}

}
