package io.digestcatalog.core.digest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.digestcatalog.core.digest.SampleDigests.abstractAbout;
import static io.digestcatalog.core.digest.SampleDigests.digest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Bad entries become rejected entries with a reason; the good entries around them still
 * parse.
 */
class TextDigestParserRejectionTests {

	@Test
	void titleWithoutAbstractIsRejectedAndTheNextEntryStillParses() throws IOException {
		// given
		String text = digest("First Paper", abstractAbout("first things"), "Lonely Title", "Second Paper",
				abstractAbout("second things"));

		// when
		List<DigestItem> items = SampleDigests.read(text);

		// then
		assertThat(items).hasSize(3);
		assertThat(items.get(1)).isInstanceOfSatisfying(RejectedEntry.class, rejected -> {
			assertThat(rejected.reason()).isEqualTo("title without an abstract");
			assertThat(rejected.rawText()).isEqualTo("Lonely Title");
			assertThat(rejected.ordinal()).isEqualTo(2);
			assertThat(rejected.line()).isEqualTo(7);
		});
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title, DigestEntry::ordinal)
			.containsExactly(tuple("First Paper", 1L), tuple("Second Paper", 3L));
		assertThat(SampleDigests.entries(items).get(1).abstractText()).isEqualTo(abstractAbout("second things"));
	}

	@Test
	void titleWithoutAbstractAtTheEndIsRejected() throws IOException {
		// given
		String text = digest("First Paper", abstractAbout("first things"), "Last Title");

		// when
		List<DigestItem> items = SampleDigests.read(text);

		// then
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title).containsExactly("First Paper");
		assertThat(SampleDigests.rejected(items)).singleElement()
			.extracting(RejectedEntry::reason, RejectedEntry::rawText)
			.containsExactly("title without an abstract at the end of the digest", "Last Title");
	}

	@Test
	void orphanAbstractIsRejectedAndTheEntriesAroundItStillParse() throws IOException {
		// given
		String orphan = abstractAbout("nobody's title");
		String text = digest("First Paper", abstractAbout("first things"), orphan, "Second Paper",
				abstractAbout("second things"));

		// when
		List<DigestItem> items = SampleDigests.read(text);

		// then
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title)
			.containsExactly("First Paper", "Second Paper");
		assertThat(SampleDigests.rejected(items)).singleElement().satisfies(rejected -> {
			assertThat(rejected.reason()).isEqualTo("paragraph without a title line before it");
			assertThat(rejected.rawText()).isEqualTo(orphan);
		});
	}

	@Test
	void controlCharactersInAnAbstractRejectTheEntryWithItsText() throws IOException {
		// given
		String text = digest("First Paper", abstractAbout("first things"), "Noisy Paper",
				"Ring the \u0007bell " + abstractAbout("noise"), "Second Paper", abstractAbout("second things"));

		// when
		List<DigestItem> items = SampleDigests.read(text);

		// then
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title)
			.containsExactly("First Paper", "Second Paper");
		assertThat(SampleDigests.rejected(items)).singleElement().satisfies(rejected -> {
			assertThat(rejected.reason()).isEqualTo("control characters in text");
			assertThat(rejected.ordinal()).isEqualTo(2);
			assertThat(rejected.rawText()).startsWith("Noisy Paper\n\nRing the \u0007bell");
		});
	}

	@Test
	void controlCharactersInATitleRejectTheEntryAsOneItem() throws IOException {
		// given
		String text = digest("First Paper", abstractAbout("first things"), "Noisy\u0000Title", abstractAbout("noise"),
				"Second Paper", abstractAbout("second things"));

		// when
		List<DigestItem> items = SampleDigests.read(text);

		// then
		assertThat(items).hasSize(3);
		assertThat(SampleDigests.rejected(items)).singleElement().satisfies(rejected -> {
			assertThat(rejected.reason()).isEqualTo("control characters in text");
			assertThat(rejected.rawText()).isEqualTo("Noisy\u0000Title\n\n" + abstractAbout("noise"));
		});
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title, DigestEntry::ordinal)
			.containsExactly(tuple("First Paper", 1L), tuple("Second Paper", 3L));
	}

	@Test
	void binaryJunkBetweenEntriesIsRejectedAndTheEntriesAroundItLoad() throws IOException {
		// given
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(digest("First Paper", abstractAbout("first things")).getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(new byte[] { '\n', (byte) 0xFF, (byte) 0xFE, 0x00, 0x01, (byte) 0xC3, 0x28, (byte) 0x89, 0x7F,
				0x1B, '\n', '\n' });
		bytes.writeBytes(("Second Paper\n\n" + abstractAbout("second things") + "\n").getBytes(StandardCharsets.UTF_8));

		// when
		List<DigestItem> items = SampleDigests.read(bytes.toByteArray());

		// then
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title)
			.containsExactly("First Paper", "Second Paper");
		assertThat(SampleDigests.rejected(items)).singleElement()
			.satisfies(rejected -> assertThat(rejected.reason()).isEqualTo("control characters in text"));
	}

	@Test
	void anInvalidUtf8SequenceAfterTheDetectionWindowIsRejectedAsUndecodable() throws IOException {
		// given valid UTF-8 for longer than the charset detection looks, then a stray
		// byte
		StringBuilder text = new StringBuilder("Daily Papers\n\nJul 29\n\n");
		int i = 0;
		while (text.length() < 70_000) {
			i++;
			text.append("Paper ").append(i).append("\n\n").append(abstractAbout("things number " + i)).append("\n\n");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("Broken Paper\n\nAn abstract with a stray byte ".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xC3);
		bytes.writeBytes(" in it.\n".getBytes(StandardCharsets.UTF_8));

		// when
		List<DigestItem> items = SampleDigests.read(bytes.toByteArray());

		// then
		assertThat(SampleDigests.entries(items)).hasSize(i);
		assertThat(SampleDigests.rejected(items)).singleElement()
			.satisfies(rejected -> assertThat(rejected.reason()).isEqualTo("undecodable bytes (not UTF-8 text)"));
	}

	@Test
	void paragraphOverTheSizeBoundIsRejectedWithoutBeingLoaded() throws IOException {
		// given an abstract of 8 MiB on one line, generated as it is read
		long hugeLength = 8L * 1024 * 1024;
		CountingStream huge = new CountingStream(hugeLength);
		InputStream input = new SequenceInputStream(Collections
			.enumeration(List.of(utf8(digest("First Paper", abstractAbout("first things"), "Huge Paper")), utf8("\n"),
					huge, utf8("\n\nSecond Paper\n\n" + abstractAbout("second things") + "\n"))));

		// when
		List<DigestItem> items = SampleDigests.read(input);

		// then
		assertThat(huge.served).isEqualTo(hugeLength);
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title)
			.containsExactly("First Paper", "Second Paper");
		assertThat(SampleDigests.rejected(items)).singleElement().satisfies(rejected -> {
			assertThat(rejected.reason()).isEqualTo("paragraph longer than 65536 characters");
			assertThat(rejected.ordinal()).isEqualTo(2);
			assertThat(rejected.rawText()).startsWith("Huge Paper\n\nlorem ipsum")
				.hasSizeLessThanOrEqualTo(RejectedEntry.MAX_RAW_LENGTH);
		});
	}

	@Test
	void oversizedParagraphWithoutTitleIsRejectedAlone() throws IOException {
		// given
		String text = digest("First Paper", abstractAbout("first things"), "x".repeat(70_000), "Second Paper",
				abstractAbout("second things"));

		// when
		List<DigestItem> items = SampleDigests.read(text);

		// then
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title)
			.containsExactly("First Paper", "Second Paper");
		assertThat(SampleDigests.rejected(items)).singleElement()
			.extracting(RejectedEntry::reason)
			.isEqualTo("paragraph longer than 65536 characters");
	}

	private static InputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Serves "lorem ipsum " without a newline, counting what was read; nothing is held in
	 * memory.
	 */
	private static final class CountingStream extends InputStream {

		private static final byte[] WORDS = "lorem ipsum ".getBytes(StandardCharsets.US_ASCII);

		private final long length;

		private long served;

		CountingStream(long length) {
			this.length = length;
		}

		@Override
		public int read() {
			if (this.served >= this.length) {
				return -1;
			}
			return WORDS[(int) (this.served++ % WORDS.length)];
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.served >= this.length) {
				return -1;
			}
			int n = (int) Math.min(len, this.length - this.served);
			for (int i = 0; i < n; i++) {
				b[off + i] = WORDS[(int) (this.served++ % WORDS.length)];
			}
			return n;
		}

	}

}
