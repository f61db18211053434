package io.digestcatalog.core.digest.hf;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Python literal syntax as {@code repr()} writes it, read into Jackson trees. */
class PythonLiteralParserTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void reprOfAnApiItemReadsAsItsJsonWould() {
		// given
		String repr = "{'paper': {'id': '2412.07730', 'authors': [{'_id': '6759', 'name': 'Zongyu Lin', 'hidden': False}],"
				+ " 'upvotes': 54, 'score': -1.5e-3, 'repo': None, 'summary': \"It's\\na test\"}, 'numComments': 2}";

		// then
		assertThat(PythonLiteralParser.parse(repr)).isEqualTo(json("""
				{"paper": {"id": "2412.07730", "authors": [{"_id": "6759", "name": "Zongyu Lin", "hidden": false}],
				 "upvotes": 54, "score": -0.0015, "repo": null, "summary": "It's\\na test"}, "numComments": 2}"""));
	}

	@Test
	void everyPythonReprItemOfTheCorpusParsesToAPaper() throws IOException {
		// given
		List<String> reprs = new ArrayList<>();
		for (Path dump : HfDumps.all()) {
			JsonNode root = MAPPER.readTree(Files.readString(dump, StandardCharsets.UTF_8));
			(root.isArray() ? root : root.path("data")).values()
				.stream()
				.filter(JsonNode::isString)
				.forEach(item -> reprs.add(item.stringValue()));
		}

		// then
		assertThat(reprs).hasSize(104);
		assertThat(reprs).allSatisfy(repr -> {
			JsonNode paper = PythonLiteralParser.parse(repr).path("paper");
			assertThat(paper.path("id").stringValue()).matches("\\d{4}\\.\\d{5}");
			assertThat(paper.path("authors").isArray()).isTrue();
		});
	}

	@Test
	void listsTuplesAndSetsBecomeArrays() {
		assertThat(PythonLiteralParser.parse("[1, (2, 3), {4}, (5,), (), []]"))
			.isEqualTo(json("[1, [2, 3], [4], [5], [], []]"));
		assertThat(PythonLiteralParser.parse("(((7)))")).isEqualTo(json("7"));
		assertThat(PythonLiteralParser.parse("{}")).isEqualTo(json("{}"));
	}

	@Test
	void trailingCommasCommentsAndLineBreaksAreAllowed() {
		assertThat(PythonLiteralParser.parse("{\n  'a': [1, 2,],  # two\n  'b': (3,),\n}"))
			.isEqualTo(json("{\"a\": [1, 2], \"b\": [3]}"));
	}

	@Test
	void keysThatAreNoStringsAreWrittenAsPythonPrintsThem() {
		assertThat(PythonLiteralParser.parse("{1: 'a', True: 'b', None: 'c', (1, 2): 'd'}"))
			.isEqualTo(json("{\"1\": \"a\", \"True\": \"b\", \"None\": \"c\", \"[1,2]\": \"d\"}"));
	}

	@Test
	void stringsTakeEveryQuoting() {
		assertThat(text("'single \"quoted\"'")).isEqualTo("single \"quoted\"");
		assertThat(text("\"double 'quoted'\"")).isEqualTo("double 'quoted'");
		assertThat(text("'''triple\n'quoted' ''text'''")).isEqualTo("triple\n'quoted' ''text");
		assertThat(text("\"\"\"a \"b\" c\"\"\"")).isEqualTo("a \"b\" c");
		assertThat(text("'adjacent' \"literals\" '''join'''")).isEqualTo("adjacentliteralsjoin");
		assertThat(text("u'unicode'")).isEqualTo("unicode");
	}

	@Test
	void escapesAreDecodedAsPythonDecodesThem() {
		assertThat(text("'\\n\\t\\r\\\\\\'\\\"'")).isEqualTo("\n\t\r\\'\"");
		assertThat(text("'\\a\\b\\f\\v'")).isEqualTo("\u0007\b\f\u000B");
		assertThat(text("'\\x41\\xe9'")).isEqualTo("A\u00e9");
		assertThat(text("'\\u00e9\\u4e2d'")).isEqualTo("\u00e9\u4e2d");
		assertThat(text("'\\U0001F600'")).isEqualTo("\uD83D\uDE00");
		assertThat(text("'\\N{BULLET} \\N{LATIN SMALL LETTER E WITH ACUTE}'")).isEqualTo("\u2022 \u00e9");
		assertThat(text("'\\101\\0\\7'")).isEqualTo("A\u0000\u0007");
		assertThat(text("'one \\\ntwo'")).isEqualTo("one two");
		// an unknown escape stays as written
		assertThat(text("'\\q\\d'")).isEqualTo("\\q\\d");
	}

	@Test
	void rawAndBytesStringsKeepWhatTheyDoNotEscape() {
		assertThat(text("r'C:\\new\\'x'")).isEqualTo("C:\\new\\'x");
		assertThat(text("b'\\x41\\u0041'")).isEqualTo("A\\u0041");
		assertThat(text("Rb'\\x'")).isEqualTo("\\x");
	}

	@Test
	void numbersBecomeTheNodesJsonGives() {
		assertThat(PythonLiteralParser.parse("[0, 42, -7, + 3, - 5, 1_000, 0x_ff, 0o17, 0b101, -0]"))
			.isEqualTo(json("[0, 42, -7, 3, -5, 1000, 255, 15, 5, 0]"));
		assertThat(PythonLiteralParser.parse("[1.5, -2.5e-3, .5, 5., 1E3]"))
			.isEqualTo(json("[1.5, -0.0025, 0.5, 5.0, 1000.0]"));
		assertThat(PythonLiteralParser.parse("9999999999").isLong()).isTrue();
		assertThat(PythonLiteralParser.parse("-123456789012345678901234567890").bigIntegerValue())
			.isEqualTo(new BigInteger("-123456789012345678901234567890"));
	}

	@Test
	void constantsAreBooleansAndNull() {
		assertThat(PythonLiteralParser.parse("[True, False, None]")).isEqualTo(json("[true, false, null]"));
	}

	@Test
	void brokenLiteralsSayWhatWentWrongAndWhere() {
		assertFails("{'a': 1", "expected ',' or '}' but found the end of the text", 7);
		assertFails("{'a': 1, 'b' 2}", "expected ':' but found '2'", 13);
		assertFails("{'a' 1}", "expected ',' or '}' but found '1'", 5);
		assertFails("[1 2]", "expected ',' or ']' but found '2'", 3);
		assertFails("[1,,2]", "expected a value but found ','", 3);
		assertFails("{'a': 'x", "unterminated string starting", 6);
		assertFails("'line\nbreak'", "line break in a single-quoted string", 5);
		assertFails("[nan]", "'nan' is not a literal", 1);
		assertFails("[1j]", "complex numbers are not supported", 1);
		assertFails("007", "leading zeros in a decimal integer", 0);
		assertFails("12abc", "malformed number but found 'a'", 2);
		assertFails("'\\x4'", "truncated \\x escape", 1);
		assertFails("'\\N{NO SUCH CHARACTER}'", "unknown Unicode character name in \\N{...}", 1);
		assertFails("{{}: 1}", "a dict cannot be a dict key", 1);
		assertFails("[1] [2]", "expected the end of the literal but found '['", 4);
		assertFails("", "expected a value but found the end of the text", 0);
		assertFails("-'a'", "expected a number but found '''", 1);
	}

	@Test
	void nestingIsBounded() {
		String deep = "[".repeat(PythonLiteralParser.MAX_DEPTH + 1) + "]".repeat(PythonLiteralParser.MAX_DEPTH + 1);
		String allowed = "[".repeat(PythonLiteralParser.MAX_DEPTH) + "]".repeat(PythonLiteralParser.MAX_DEPTH);

		assertThat(PythonLiteralParser.parse(allowed).isArray()).isTrue();
		assertFails(deep, "nesting deeper than " + PythonLiteralParser.MAX_DEPTH, PythonLiteralParser.MAX_DEPTH);
	}

	private static void assertFails(String literal, String problem, int position) {
		assertThatExceptionOfType(PythonLiteralException.class).as(literal)
			.isThrownBy(() -> PythonLiteralParser.parse(literal))
			.withMessage(problem + " at position " + position)
			.satisfies(ex -> assertThat(ex.position()).isEqualTo(position));
	}

	private static String text(String literal) {
		return PythonLiteralParser.parse(literal).stringValue();
	}

	private static JsonNode json(String json) {
		return MAPPER.readTree(json);
	}

}
