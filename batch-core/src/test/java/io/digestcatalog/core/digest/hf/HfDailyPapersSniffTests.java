package io.digestcatalog.core.digest.hf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.TextDigestParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sniffing by content: every corpus dump is recognized under any name, other JSON gets a
 * low guess, anything else none.
 */
class HfDailyPapersSniffTests {

	private static final HfDailyPapersParser PARSER = HfDumps.PARSER;

	@TempDir
	Path dir;

	static List<Path> dumps() throws IOException {
		return HfDumps.all();
	}

	@ParameterizedTest
	@MethodSource("dumps")
	void everyDumpIsRecognizedUnderAMisleadingName(Path dump) throws IOException {
		for (String name : List.of("papers.txt", "papers.dat", "papers")) {
			// given
			Path copy = Files.copy(dump, this.dir.resolve(name));

			// when
			DigestParser chosen = new DigestFile(copy, HfDumps.FORMATS, null).parser().orElseThrow();

			// then
			assertThat(chosen.format()).as(name).isEqualTo("hf-json");
			assertThat(PARSER.sniff(HfDumps.head(copy), name)).isEqualTo(90)
				.isGreaterThan(new TextDigestParser().sniff(HfDumps.head(copy), name));
			Files.delete(copy);
		}
	}

	@Test
	void headShowingOnlyAuthorsIsStillRecognized() throws IOException {
		// given: the first item's 162 authors fill the whole head
		byte[] head = HfDumps.head(HfDumps.dump("2026-01-26.json"));
		String text = new String(head, StandardCharsets.UTF_8);

		// then
		assertThat(text).contains("\"paper\"").doesNotContain("\"summary\"").doesNotContain("\"publishedAt\"");
		assertThat(PARSER.sniff(head, "2026-01-26.json")).isEqualTo(90);
	}

	@Test
	void canonicalTextDigestIsNotJson() throws IOException {
		Path text = HfDumps.corpus().resolve("hf-daily-papers/daily-papers-jul29.txt");
		assertThat(PARSER.sniff(HfDumps.head(text), "daily-papers-jul29.json")).isZero();
	}

	@Test
	void otherCorpusFormatsGetNoneOrTheLowGuessOfOtherJson() throws IOException {
		// given
		List<Path> others;
		try (Stream<Path> files = Files.walk(HfDumps.corpus())) {
			others = files.filter(Files::isRegularFile)
				.filter(p -> !p.getParent().getFileName().toString().equals("hf-daily-papers-api"))
				.toList();
		}

		// then
		assertThat(others).hasSizeGreaterThan(50);
		for (Path other : others) {
			byte[] head = HfDumps.head(other);
			boolean json = other.toString().endsWith(".json");
			assertThat(PARSER.sniff(head, other.getFileName().toString())).as(other.toString())
				.isEqualTo(json ? HfDailyPapersParser.OTHER_JSON : 0);
		}
	}

	@Test
	void otherJsonIsClaimedByNoFormatSoItIsReportedAsNoDigest() {
		for (String json : List.of("{\"foo\": 1}", "[]", "  [1, 2]", "{\"paper\": \"no fields\"}")) {
			assertThat(PARSER.sniff(bytes(json), "x.json")).as(json).isZero();
			assertThat(new TextDigestParser().sniff(bytes(json), "x.json")).as(json).isZero();
		}
	}

	@Test
	void markersOutsideJsonAreNotEnough() {
		assertThat(PARSER.sniff(bytes("Papers: \"paper\": {\"summary\": 1}"), "x.json")).isZero();
		assertThat(PARSER.sniff(bytes(""), "x.json")).isZero();
		assertThat(PARSER.sniff(new byte[] { 0x7b, 0, 0x22, 0x01, 0x02 }, "x.json")).isZero();
	}

	@Test
	void byteOrderMarksAndLeadingSpaceAreSkipped() throws IOException {
		// given
		String dump = "\n\t [{\"paper\": {\"id\": \"2504.10068\", \"summary\": \"S\"}}]";
		ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
		utf16.write(new byte[] { (byte) 0xFE, (byte) 0xFF });
		utf16.write(dump.getBytes(StandardCharsets.UTF_16BE));

		// then
		assertThat(PARSER.sniff(bytes("\uFEFF" + dump), "x")).isEqualTo(90);
		assertThat(PARSER.sniff(utf16.toByteArray(), "x")).isEqualTo(90);
	}

	@Test
	void pythonReprItemsAreRecognizedByTheirQuotes() {
		assertThat(PARSER.sniff(bytes("[\n \"{'paper': {'id': '2412.07730', 'authors': [{'name': 'A'}"), "x"))
			.isEqualTo(90);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
