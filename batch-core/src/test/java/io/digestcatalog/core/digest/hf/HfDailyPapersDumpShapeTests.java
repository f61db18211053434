package io.digestcatalog.core.digest.hf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.SampleDigests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two shapes of a dump (an array, a wrapper with a {@code data} array), how each is
 * dated, its encodings, and that items are streamed rather than read all at once.
 */
class HfDailyPapersDumpShapeTests {

	private static final String ITEM = "{\"paper\": {\"id\": \"2504.10068\", \"title\": \"Mavors\", \"summary\": \"S.\"}}";

	@TempDir
	Path dir;

	@Test
	void wrapperDumpIsDatedByItsDateFieldWhateverItsName() throws IOException {
		// given
		Path renamed = Files.copy(HfDumps.dump("2025-01-10.json"), this.dir.resolve("2030-01-01.json"));

		// when
		List<DigestItem> items = HfDumps.read(renamed);

		// then
		assertThat(SampleDigests.entries(items)).hasSize(9);
		assertThat(items).extracting(DigestItem::digest)
			.extracting(DigestRef::date, DigestRef::dateOrigin)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 1, 10), "from the dump's date field"));
	}

	@Test
	void explicitDateWinsOverTheDateField() throws IOException {
		// when
		DigestItem first = HfDumps.read(HfDumps.dump("2025-01-10.json"), LocalDate.of(2025, 2, 2)).get(0);

		// then
		assertThat(first.digest().date()).isEqualTo(LocalDate.of(2025, 2, 2));
		assertThat(first.digest().dateOrigin()).isEqualTo("from --digest-date");
	}

	@Test
	void dateFieldAfterTheItemsOrNoDateLeavesTheFileNameToDate() throws IOException {
		for (String dump : List.of("{\"data\": [" + ITEM + "], \"date\": \"2020-01-01\"}",
				"{\"date\": \"someday\", \"data\": [" + ITEM + "]}", "[" + ITEM + "]")) {
			// when
			DigestItem item = HfDumps.read(dump, "2025-04-15.json").get(0);

			// then
			assertThat(item).as(dump).isInstanceOf(DigestEntry.class);
			assertThat(item.digest().date()).as(dump).isEqualTo(LocalDate.of(2025, 4, 15));
			assertThat(item.digest().dateOrigin()).isEqualTo("from the file name");
		}
	}

	@Test
	void wrapperFieldsAfterTheItemsAreSkipped() throws IOException {
		// when
		List<DigestItem> items = HfDumps.read(
				"{\"status\": \"success\", \"data\": [" + ITEM + "], \"meta\": {\"pages\": [1, 2]}, \"count\": 1}",
				"d");

		// then
		assertThat(items).singleElement().isInstanceOf(DigestEntry.class);
	}

	@Test
	void utf8ByteOrderMarkAndUtf16DumpsAreRead() throws IOException {
		// given
		String dump = "[{\"paper\": {\"id\": \"2504.10068\", \"title\": \"Me\u0301lange\", \"authors\": [{\"name\": \"Zo\u00eb\"}]}}]";
		ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
		utf16.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
		utf16.write(dump.getBytes(StandardCharsets.UTF_16LE));

		for (byte[] bytes : List.of(("\uFEFF" + dump).getBytes(StandardCharsets.UTF_8), utf16.toByteArray())) {
			// when
			DigestEntry entry = (DigestEntry) HfDumps.read(new ByteArrayInputStream(bytes), "2025-04-15.json").get(0);

			// then the title is NFC: e and a combining acute become one é
			assertThat(entry.title()).isEqualTo("M\u00e9lange");
			assertThat(entry.authors()).containsExactly("Zo\u00eb");
		}
	}

	@Test
	void itemsAreStreamedOneAtATimeFromAnEndlessArray() throws IOException {
		// given an array that never ends
		CountingEndlessDump endless = new CountingEndlessDump();
		DigestSourceInfo source = new DigestSourceInfo("ab".repeat(32), "endless",
				new DigestDateHint(LocalDate.of(2025, 4, 15), "endless", Instant.EPOCH, ZoneOffset.UTC));

		try (DigestItemStream stream = HfDumps.PARSER.open(endless, source)) {
			// when
			for (int i = 1; i <= 1000; i++) {
				DigestItem item = stream.next();

				// then
				assertThat(item).isInstanceOf(DigestEntry.class);
				assertThat(item.ordinal()).isEqualTo(i);
			}
		}
		assertThat(endless.served).isLessThan(1000L * (ITEM.length() + 2) + 256 * 1024);
		assertThat(endless.closed).isTrue();
	}

	/**
	 * A dump of endless items that counts the bytes it served and knows if it was closed.
	 */
	private static final class CountingEndlessDump extends InputStream {

		private final byte[] item = (ITEM + ",\n").getBytes(StandardCharsets.UTF_8);

		private long served = -1;

		private boolean closed;

		@Override
		public int read() {
			long at = this.served++;
			return (at < 0) ? '[' : this.item[(int) (at % this.item.length)];
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
