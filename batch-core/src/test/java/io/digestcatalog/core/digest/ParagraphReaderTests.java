package io.digestcatalog.core.digest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Paragraphs are read with bounded memory, whatever the input. */
class ParagraphReaderTests {

	@Test
	void paragraphsAreSplitOnBlankLinesWithTheirFirstLineNumber() throws IOException {
		// given
		ParagraphReader reader = new ParagraphReader(new StringReader("\n one \n two\n\n \t \nthree\n"), 100);

		// when
		Paragraph first = reader.next();
		Paragraph second = reader.next();

		// then
		assertThat(first.lines()).containsExactly("one", "two");
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.text()).isEqualTo("one two");
		assertThat(second.lines()).containsExactly("three");
		assertThat(second.line()).isEqualTo(6);
		assertThat(reader.next()).isNull();
	}

	@Test
	void lineLongerThanTheBoundIsCutAndTheRestSkipped() throws IOException {
		// given a single line of 4 million characters, never held in memory
		Reader endless = new GeneratedReader(4_000_000, "tail\n\nnext");
		ParagraphReader reader = new ParagraphReader(endless, 1000);

		// when
		Paragraph huge = reader.next();
		Paragraph next = reader.next();

		// then
		assertThat(huge.truncated()).isTrue();
		assertThat(huge.length()).isLessThanOrEqualTo(1000);
		assertThat(next.lines()).containsExactly("next");
		assertThat(next.truncated()).isFalse();
	}

	@Test
	void paragraphOfManyShortLinesIsBoundedToo() throws IOException {
		// given
		String manyLines = "line of text\n".repeat(500) + "\nafter";
		ParagraphReader reader = new ParagraphReader(new StringReader(manyLines), 1000);

		// when
		Paragraph first = reader.next();

		// then
		assertThat(first.truncated()).isTrue();
		assertThat(first.length()).isLessThanOrEqualTo(1000);
		assertThat(reader.next().lines()).containsExactly("after");
		assertThat(reader.next()).isNull();
	}

	/** A reader of n 'a' characters followed by a suffix. */
	private static final class GeneratedReader extends Reader {

		private long left;

		private final StringReader suffix;

		GeneratedReader(long n, String suffix) {
			this.left = n;
			this.suffix = new StringReader(suffix);
		}

		@Override
		public int read(char[] buf, int off, int len) throws IOException {
			if (this.left == 0) {
				return this.suffix.read(buf, off, len);
			}
			int n = (int) Math.min(len, this.left);
			java.util.Arrays.fill(buf, off, off + n, 'a');
			this.left -= n;
			return n;
		}

		@Override
		public void close() {
		}

	}

}
