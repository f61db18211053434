package io.digestcatalog.core.digest.hf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.SampleDigests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Dumps broken as a whole give their readable entries and then one rejection at ordinal
 * 0; bad items are rejected one by one and the stream goes on.
 */
class HfDailyPapersRejectionTests {

	private static final String VALID = "{\"paper\": {\"id\": \"2504.10068\", \"title\": \"Mavors\", \"summary\": \"S.\"}}";

	@TempDir
	Path dir;

	@Test
	void truncatedDumpYieldsTheItemsBeforeTheCutThenOneRejection() throws IOException {
		// given
		Path whole = HfDumps.dump("2026-01-26.json");
		byte[] bytes = Files.readAllBytes(whole);
		Path half = Files.write(this.dir.resolve("2026-01-26.json"), Arrays.copyOf(bytes, bytes.length / 2));

		// when
		List<DigestItem> items = HfDumps.read(half);

		// then
		List<DigestEntry> entries = SampleDigests.entries(items);
		assertThat(entries).isNotEmpty()
			.hasSizeLessThan(13)
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("digest")
			.containsExactlyElementsOf(SampleDigests.entries(HfDumps.read(whole)).subList(0, entries.size()));
		RejectedEntry last = (RejectedEntry) items.get(items.size() - 1);
		assertThat(SampleDigests.rejected(items)).containsExactly(last);
		assertThat(last.ordinal()).isZero();
		assertThat(last.reason()).startsWith("the dump ends early (truncated JSON) at line")
			.endsWith("after " + entries.size() + " items");
	}

	@Test
	void truncatedPythonReprDumpAlsoKeepsItsCompleteItems() throws IOException {
		// given
		byte[] bytes = Files.readAllBytes(HfDumps.dump("2024-12-11.json"));
		Path half = Files.write(this.dir.resolve("2024-12-11.json"), Arrays.copyOf(bytes, bytes.length / 2));

		// when
		List<DigestItem> items = HfDumps.read(half);

		// then
		assertThat(SampleDigests.entries(items)).hasSizeBetween(1, 25);
		assertThat(SampleDigests.rejected(items)).singleElement()
			.satisfies(r -> assertThat(r.reason()).startsWith("the dump ends early"));
	}

	@Test
	void jsonOfAnotherShapeIsOneRejection() throws IOException {
		assertThat(onlyRejection("{\"foo\": 1}"))
			.isEqualTo("a JSON object without a \"data\" array, not a daily-papers dump");
		assertThat(onlyRejection("{\"status\": \"error\", \"message\": \"rate limited\"}"))
			.isEqualTo("a JSON object without a \"data\" array (status error), not a daily-papers dump");
		assertThat(onlyRejection("{\"data\": {\"paper\": {}}}")).contains("without a \"data\" array");
		assertThat(onlyRejection("42")).isEqualTo("a JSON number, not a daily-papers dump");
	}

	@Test
	void emptyDumpIsOneRejection() throws IOException {
		assertThat(onlyRejection("[]")).isEqualTo("the dump holds no papers (empty array)");
		assertThat(onlyRejection("{\"status\": \"success\", \"count\": 0, \"data\": []}"))
			.isEqualTo("the dump holds no papers (empty array)");
		assertThat(onlyRejection("  \n")).isEqualTo("no JSON content");
	}

	@Test
	void nonJsonFileIsOneRejection() throws IOException {
		// given
		Path text = HfDumps.corpus().resolve("hf-daily-papers/daily-papers-jul29.txt");

		// when
		List<DigestItem> items = HfDumps.read(text);

		// then
		assertThat(items).singleElement().isInstanceOf(RejectedEntry.class);
		RejectedEntry rejected = (RejectedEntry) items.get(0);
		assertThat(rejected.ordinal()).isZero();
		assertThat(rejected.line()).isEqualTo(1);
		assertThat(rejected.reason()).startsWith("not JSON at line 1, column ")
			.contains("Unrecognized token 'new'")
			.doesNotContain("\n");
	}

	@Test
	void dumpCutBeforeItsFirstItemEndsEarlyAfterNoItems() throws IOException {
		assertThat(onlyRejection("{\"status\": \"succ"))
			.isEqualTo("the dump ends early (truncated JSON) at line 1, column 17 after 0 items");
		assertThat(onlyRejection("[")).startsWith("the dump ends early (truncated JSON)").endsWith("after 0 items");
		assertThat(onlyRejection("[oops]")).startsWith("invalid JSON at line 1, column 2 after 0 items: ")
			.contains("'oops'");
	}

	@Test
	void brokenJsonAfterAnItemKeepsTheItem() throws IOException {
		// when
		List<DigestItem> items = HfDumps.read("[" + VALID + ",\n{\"paper\": oops}]", "2025-04-15.json");

		// then
		assertThat(items).hasSize(2);
		assertThat(items.get(0)).isInstanceOf(DigestEntry.class);
		RejectedEntry rejected = (RejectedEntry) items.get(1);
		assertThat(rejected.ordinal()).isZero();
		assertThat(rejected.line()).isEqualTo(2);
		assertThat(rejected.reason()).startsWith("invalid JSON at line 2, column ").contains("after 1 items: ");
	}

	@Test
	void contentAfterTheDumpIsOneRejectionAfterItsEntries() throws IOException {
		// when
		List<DigestItem> items = HfDumps.read("[" + VALID + "]\n[]", "2025-04-15.json");

		// then
		assertThat(items).hasSize(2);
		assertThat(((RejectedEntry) items.get(1)).reason()).isEqualTo("content after the end of the dump");
	}

	@Test
	void itemsWithoutAPaperOrTitleAreRejectedAndTheNextOnesRead() throws IOException {
		// given
		String dump = "[1, [2, 3], null, {\"title\": \"no paper\"},\n {\"paper\": {\"id\": \"2504.10068\", \"title\": \" \"}},\n"
				+ VALID + "]";

		// when
		List<DigestItem> items = HfDumps.read(dump, "2025-04-15.json");

		// then
		assertThat(items).extracting(DigestItem::ordinal).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
		assertThat(SampleDigests.rejected(items)).extracting(RejectedEntry::reason)
			.containsExactly("a JSON number where a paper object was expected",
					"a JSON array where a paper object was expected", "a JSON null where a paper object was expected",
					"item without a \"paper\" object", "paper without a title");
		assertThat(SampleDigests.rejected(items).get(4).line()).isEqualTo(2);
		assertThat(SampleDigests.entries(items)).singleElement().satisfies(e -> {
			assertThat(e.ordinal()).isEqualTo(6);
			assertThat(e.line()).isEqualTo(3);
		});
	}

	@Test
	void unparseablePythonReprItemIsRejectedWithWhereItFailed() throws IOException {
		// given
		String repr = "{'paper': {'id': '2412.07730', 'title': 'STIV'";

		// when
		List<DigestItem> items = HfDumps.read("[\"" + repr + "\", " + VALID + "]", "2024-12-11.json");

		// then
		assertThat(items).hasSize(2);
		RejectedEntry rejected = (RejectedEntry) items.get(0);
		assertThat(rejected.ordinal()).isEqualTo(1);
		assertThat(rejected.reason()).isEqualTo("unparseable Python-repr item: expected ',' or '}' but found the end "
				+ "of the text at position " + repr.length());
		assertThat(rejected.rawText()).isEqualTo(repr);
		assertThat(items.get(1)).isInstanceOf(DigestEntry.class);
	}

	@Test
	void unparseableArxivIdLeavesTheEntryWithoutIdOrAbstractPage() throws IOException {
		// when
		List<DigestItem> items = HfDumps.read(
				"[{\"paper\": {\"id\": \"not-an-id\", \"title\": \"T\", \"githubRepo\": \"https://github.com/a/b\"}}]",
				"2025-04-15.json");

		// then
		DigestEntry entry = (DigestEntry) items.get(0);
		assertThat(entry.arxivId()).isNull();
		assertThat(entry.details().links()).containsExactly("https://github.com/a/b");
	}

	@Test
	void failingInputPropagatesItsIOExceptionAfterTheItemsReadBefore() throws IOException {
		// given
		InputStream failing = new SequenceInputStream(
				new ByteArrayInputStream(("[" + VALID + ",\n").getBytes(StandardCharsets.UTF_8)), new InputStream() {
					@Override
					public int read() throws IOException {
						throw new IOException("disk gone");
					}
				});
		DigestSourceInfo source = new DigestSourceInfo("ef".repeat(32), "2025-04-15.json",
				new DigestDateHint(null, "2025-04-15.json", Instant.EPOCH, ZoneOffset.UTC));

		try (DigestItemStream stream = HfDumps.PARSER.open(failing, source)) {
			// when
			DigestItem first = stream.next();

			// then
			assertThat(first).isInstanceOf(DigestEntry.class);
			assertThatIOException().isThrownBy(stream::next).withMessage("disk gone");
		}
	}

	private static String onlyRejection(String json) throws IOException {
		List<DigestItem> items = HfDumps.read(json, "2025-04-15.json");
		assertThat(items).singleElement().isInstanceOf(RejectedEntry.class);
		assertThat(items.get(0).ordinal()).isZero();
		String reason = ((RejectedEntry) items.get(0)).reason();
		assertThat(reason).doesNotContain("\n", "\r");
		return reason;
	}

}
