package io.digestcatalog.core.digest.hf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.SampleDigests;
import io.digestcatalog.core.extract.ArxivId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser on every dump of the corpus: one entry per item, in order, with the item's
 * arXiv id; the counts and ids are computed here with a plain Jackson tree read.
 */
class HfDailyPapersParserTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Pattern REPR_ID = Pattern.compile("'paper': \\{'id': '([^']+)'");

	static List<Path> dumps() throws IOException {
		return HfDumps.all();
	}

	@Test
	void corpusHoldsThirtyFourDumps() throws IOException {
		assertThat(HfDumps.all()).hasSize(34);
	}

	@ParameterizedTest
	@MethodSource("dumps")
	void everyItemOfADumpIsAnEntryWithItsOwnArxivId(Path dump) throws IOException {
		// given
		List<String> expectedIds = idsByTreeRead(dump);

		// when
		List<DigestItem> items = HfDumps.read(dump);

		// then
		assertThat(SampleDigests.rejected(items)).isEmpty();
		List<DigestEntry> entries = SampleDigests.entries(items);
		assertThat(entries).hasSize(expectedIds.size()).isNotEmpty();
		assertThat(entries).extracting(DigestEntry::ordinal)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, expectedIds.size()).boxed().toList());
		assertThat(entries).extracting(e -> e.arxivId().id()).containsExactlyElementsOf(expectedIds);
		assertThat(entries).allSatisfy(e -> {
			assertThat(e.title()).isNotBlank().doesNotContain("\n");
			assertThat(e.abstractText()).isNotBlank().doesNotContain("\n");
			assertThat(e.authors()).isNotEmpty();
			assertThat(e.details().links()).first().isEqualTo("https://arxiv.org/abs/" + e.arxivId().id());
			assertThat(e.details().published()).isNotNull();
			assertThat(e.digest().format()).isEqualTo("hf-json");
		});
	}

	@Test
	void corpusHoldsFiveHundredNineteenEntriesOfAsManyDistinctPapers() throws IOException {
		// given
		List<String> expectedIds = new ArrayList<>();
		for (Path dump : HfDumps.all()) {
			expectedIds.addAll(idsByTreeRead(dump));
		}

		// when
		List<DigestEntry> entries = new ArrayList<>();
		for (Path dump : HfDumps.all()) {
			entries.addAll(SampleDigests.entries(HfDumps.read(dump)));
		}
		Set<String> distinct = new HashSet<>();
		entries.forEach(e -> distinct.add(e.arxivId().id()));

		// then
		assertThat(entries).hasSize(expectedIds.size()).hasSize(519);
		assertThat(distinct).hasSize(new HashSet<>(expectedIds).size()).hasSize(519);
	}

	@Test
	void itemsStartWhereTheirObjectsOpen() throws IOException {
		// given the lines where this pretty-printed dump opens its items
		Path dump = HfDumps.dump("2026-01-30.json");
		List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
		List<Long> itemLines = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).equals("  {")) {
				itemLines.add(i + 1L);
			}
		}

		// when
		List<DigestEntry> entries = SampleDigests.entries(HfDumps.read(dump));

		// then
		assertThat(itemLines).hasSize(27);
		assertThat(entries).extracting(DigestEntry::line).containsExactlyElementsOf(itemLines);
	}

	@Test
	void april15DumpHoldsMavorsAsTheTextDigestPrintsIt() throws IOException {
		// given
		DigestEntry inText = SampleDigests
			.entries(SampleDigests.readFile(HfDumps.corpus().resolve("hf-daily-papers/daily-papers-jul29.txt"), null))
			.get(0);

		// when
		List<DigestEntry> entries = SampleDigests.entries(HfDumps.read(HfDumps.dump("2025-04-15.json")));

		// then
		DigestEntry mavors = entries.stream()
			.filter(e -> e.arxivId().equals(new ArxivId("2504.10068", 0)))
			.findFirst()
			.orElseThrow();
		assertThat(mavors.title()).isEqualTo(SampleDigests.FIRST_TITLE).isEqualTo(inText.title());
		assertThat(mavors.abstractText()).isEqualTo(inText.abstractText());
	}

	/** The arXiv ids of a dump's items, read without the parser. */
	private static List<String> idsByTreeRead(Path dump) throws IOException {
		JsonNode root = MAPPER.readTree(Files.readString(dump, StandardCharsets.UTF_8));
		JsonNode items = root.isArray() ? root : root.path("data");
		List<String> ids = new ArrayList<>();
		for (JsonNode item : items.values()) {
			if (item.isString()) {
				Matcher m = REPR_ID.matcher(item.stringValue());
				assertThat(m.find()).as("an id in %s", item.stringValue()).isTrue();
				ids.add(m.group(1));
			}
			else {
				ids.add(item.path("paper").path("id").stringValue());
			}
		}
		return ids;
	}

}
