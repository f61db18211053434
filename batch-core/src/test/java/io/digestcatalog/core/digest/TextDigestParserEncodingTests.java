package io.digestcatalog.core.digest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.digestcatalog.core.digest.SampleDigests.abstractAbout;
import static io.digestcatalog.core.digest.SampleDigests.digest;
import static org.assertj.core.api.Assertions.assertThat;

/** The canonical digest parses the same whatever its byte-order mark and line endings. */
class TextDigestParserEncodingTests {

	private static String text;

	private static List<DigestEntry> expected;

	@BeforeAll
	static void readCanonicalDigest() throws IOException {
		text = SampleDigests.canonicalText();
		expected = SampleDigests.entries(SampleDigests.read(text));
		assertThat(expected).hasSize(56);
	}

	@Test
	void utf8WithByteOrderMarkParsesLikeWithout() throws IOException {
		// given
		byte[] bytes = withBom(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text, StandardCharsets.UTF_8);

		// when
		List<DigestItem> items = SampleDigests.read(bytes);

		// then
		assertSameEntries(items);
	}

	@Test
	void utf8ByteOrderMarkIsNotPartOfAFirstTitle() throws IOException {
		// given a digest without header, so that the title is the very first text
		byte[] bytes = withBom(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"First Paper\n\n" + abstractAbout("marks"), StandardCharsets.UTF_8);

		// when
		List<DigestItem> items = SampleDigests.read(bytes);

		// then
		assertThat(items).singleElement()
			.isInstanceOfSatisfying(DigestEntry.class, entry -> assertThat(entry.title()).isEqualTo("First Paper"));
	}

	@Test
	void utf16BigEndianWithByteOrderMarkParses() throws IOException {
		// given
		byte[] bytes = withBom(new byte[] { (byte) 0xFE, (byte) 0xFF }, text, StandardCharsets.UTF_16BE);

		// when
		List<DigestItem> items = SampleDigests.read(bytes);

		// then
		assertSameEntries(items);
	}

	@Test
	void utf16LittleEndianWithByteOrderMarkParses() throws IOException {
		// given
		byte[] bytes = withBom(new byte[] { (byte) 0xFF, (byte) 0xFE }, text, StandardCharsets.UTF_16LE);

		// when
		List<DigestItem> items = SampleDigests.read(bytes);

		// then
		assertSameEntries(items);
		assertThat(new TextDigestParser().sniff(bytes, "digest.txt")).isPositive();
	}

	@Test
	void crlfLineEndingsParseWithTheSameLineNumbers() throws IOException {
		// when
		List<DigestItem> items = SampleDigests.read(text.replace("\n", "\r\n"));

		// then
		assertSameEntries(items);
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::line)
			.containsExactlyElementsOf(expected.stream().map(DigestEntry::line).toList());
	}

	@Test
	void bareCarriageReturnsEndLinesToo() throws IOException {
		// when
		List<DigestItem> items = SampleDigests.read(text.replace("\n", "\r"));

		// then
		assertSameEntries(items);
	}

	@Test
	void titleWrappedOnTwoLinesIsJoinedWithASpace() throws IOException {
		// given
		String text = digest("A Long Title That\nWraps Onto Two Lines", abstractAbout("wrapping"));

		// when
		List<DigestEntry> entries = SampleDigests.entries(SampleDigests.read(text));

		// then
		assertThat(entries).singleElement()
			.extracting(DigestEntry::title)
			.isEqualTo("A Long Title That Wraps Onto Two Lines");
	}

	@Test
	void decomposedAccentsAreComposedToNfc() throws IOException {
		// given "Café" with a combining acute accent
		String text = digest("Cafe\u0301 Networks", abstractAbout("cafe\u0301s"));

		// when
		DigestEntry entry = SampleDigests.entries(SampleDigests.read(text)).get(0);

		// then
		assertThat(entry.title()).isEqualTo("Caf\u00e9 Networks");
		assertThat(entry.abstractText()).contains("caf\u00e9s").doesNotContain("\u0301");
	}

	private static void assertSameEntries(List<DigestItem> items) {
		assertThat(SampleDigests.rejected(items)).isEmpty();
		List<DigestEntry> entries = SampleDigests.entries(items);
		assertThat(entries).extracting(DigestEntry::title)
			.containsExactlyElementsOf(expected.stream().map(DigestEntry::title).toList());
		assertThat(entries).extracting(DigestEntry::abstractText)
			.containsExactlyElementsOf(expected.stream().map(DigestEntry::abstractText).toList());
		assertThat(entries.get(0).title()).isEqualTo(SampleDigests.FIRST_TITLE).doesNotStartWith("\uFEFF");
	}

	private static byte[] withBom(byte[] bom, String text, Charset charset) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(bom);
		out.writeBytes(text.getBytes(charset));
		return out.toByteArray();
	}

}
