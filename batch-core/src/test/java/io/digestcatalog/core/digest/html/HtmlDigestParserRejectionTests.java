package io.digestcatalog.core.digest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;

import io.digestcatalog.core.digest.DigestDateHint;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestSourceInfo;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.SampleDigests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages the HTML parser refuses, wholly or entry by entry, without throwing. */
class HtmlDigestParserRejectionTests {

	private static final String PROSE = "We study a problem at length and report results on several benchmarks.";

	@Test
	void pageOverSixtyFourMebibytesIsRefusedUnparsedAndItsInputClosed() throws IOException {
		// given
		EndlessPage input = new EndlessPage(65L * 1024 * 1024);

		// when
		List<DigestItem> items = HtmlFixtures.read(input, "huge.html");

		// then
		assertThat(items).singleElement().isInstanceOfSatisfying(RejectedEntry.class, rejected -> {
			assertThat(rejected.ordinal()).isZero();
			assertThat(rejected.reason()).isEqualTo("HTML page larger than 64 MiB, not parsed");
			assertThat(rejected.digest().format()).isEqualTo("html");
		});
		assertThat(input.closed).isTrue();
	}

	@Test
	void binaryContentIsRefusedAsAWhole() throws IOException {
		// given
		byte[] zip = { 'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0, 1, 2, 3 };

		// when
		List<DigestItem> items = HtmlFixtures.read(new ByteArrayInputStream(zip), "page.html");

		// then
		assertThat(items).singleElement()
			.isInstanceOfSatisfying(RejectedEntry.class,
					rejected -> assertThat(rejected.reason()).isEqualTo("not HTML: binary content"));
	}

	@Test
	void pageWithoutEntriesYieldsOneRejectionNamingThePage() throws IOException {
		// when
		List<DigestItem> items = HtmlFixtures
			.read("<html><head><title>Login</title></head><body><form><input></form><p>Sign in.</p></body></html>");

		// then
		assertThat(items).singleElement().isInstanceOfSatisfying(RejectedEntry.class, rejected -> {
			assertThat(rejected.reason()).startsWith("no entries found");
			assertThat(rejected.rawText()).isEqualTo("Login");
		});
	}

	@Test
	void headingWithoutAbstractIsRejectedAndTheNextEntryStillRead() throws IOException {
		// given
		String html = "<html><body><h2>Good One</h2><p>" + PROSE + "</p>\n<h2>Lonely Heading</h2>\n<h2>Good Two</h2><p>"
				+ PROSE + "</p></body></html>";

		// when
		List<DigestItem> items = HtmlFixtures.read(html);

		// then
		assertThat(items).hasSize(3);
		assertThat(items.get(1)).isInstanceOfSatisfying(RejectedEntry.class, rejected -> {
			assertThat(rejected.ordinal()).isEqualTo(2);
			assertThat(rejected.line()).isEqualTo(2);
			assertThat(rejected.reason()).isEqualTo("heading without an abstract");
			assertThat(rejected.rawText()).isEqualTo("Lonely Heading");
		});
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title, DigestEntry::ordinal)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Good One", 1L),
					org.assertj.core.groups.Tuple.tuple("Good Two", 3L));
	}

	@Test
	void undecodableTitleIsRejectedOnItsOwn() throws IOException {
		// given a page declaring UTF-8 with a Latin-1 byte in one title
		byte[] page = ("<html><head><meta charset=utf-8></head><body><h2>Caf\u00e9 Paper</h2><p>" + PROSE
				+ "</p><h2>Fine Paper</h2><p>" + PROSE + "</p></body></html>")
			.getBytes(StandardCharsets.ISO_8859_1);

		// when
		List<DigestItem> items = HtmlFixtures.read(new ByteArrayInputStream(page), "page.html");

		// then
		assertThat(SampleDigests.rejected(items)).singleElement()
			.extracting(RejectedEntry::reason)
			.isEqualTo("undecodable bytes (wrong charset?)");
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title).containsExactly("Fine Paper");
	}

	@Test
	void charsetDeclaredByTheContainerIsHonoured() throws IOException {
		// given
		byte[] page = ("<html><body><h2>Caf\u00e9 Paper</h2><p>" + PROSE + "</p></body></html>")
			.getBytes(StandardCharsets.ISO_8859_1);
		DigestSourceInfo source = new DigestSourceInfo("ab".repeat(32), "mail.eml#2",
				new DigestDateHint(null, "mail.eml", HtmlFixtures.SAVED, ZoneOffset.UTC), StandardCharsets.ISO_8859_1,
				null);

		// when
		List<DigestItem> items;
		try (DigestItemStream stream = new HtmlDigestParser().open(new ByteArrayInputStream(page), source)) {
			items = SampleDigests.drain(stream);
		}

		// then
		assertThat(SampleDigests.entries(items)).extracting(DigestEntry::title).containsExactly("Caf\u00e9 Paper");
	}

	/** A page that never ends, made up as it is read. */
	private static final class EndlessPage extends InputStream {

		private static final byte[] PARAGRAPH = "<p>filler paragraph of a page far too large</p>\n"
			.getBytes(StandardCharsets.US_ASCII);

		private final long size;

		private long position;

		private boolean closed;

		EndlessPage(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (this.position >= this.size) {
				return -1;
			}
			return PARAGRAPH[(int) (this.position++ % PARAGRAPH.length)];
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.position >= this.size) {
				return -1;
			}
			int n = (int) Math.min(len, this.size - this.position);
			for (int i = 0; i < n; i++) {
				b[off + i] = PARAGRAPH[(int) (this.position++ % PARAGRAPH.length)];
			}
			return n;
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
