package io.digestcatalog.core.digest.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cutting a mail file into messages with bounded memory. */
class MboxReaderTests {

	@Test
	void singleMessageIsTakenByteForByte() throws IOException {
		// given
		String message = "From: a@example.org\n\nline\n\n>From here\n\n";

		// when
		List<RawMessage> messages = cut(message, 1024);

		// then
		assertThat(messages).singleElement().satisfies((raw) -> {
			assertThat(raw.inMbox()).isFalse();
			assertThat(text(raw)).isEqualTo(message);
			assertThat(raw.sha256()).isEqualTo(MailFixtures.sha256(message.getBytes(StandardCharsets.UTF_8)));
		});
	}

	@Test
	void mboxIsCutAtFromLinesAfterABlankLine() throws IOException {
		// given
		String mbox = "From a@example.org Tue Jul 29 07:15:00 2025\nSubject: one\n\nbody\n\n"
				+ "From b@example.org Tue Jul 29 08:15:00 2025\r\nSubject: two\r\n\r\nFrom here on, no separator\r\n"
				+ "\r\nFrom c@example.org Tue Jul 29 09:15:00 2025\nSubject: three\n\nlast\n";

		// when
		List<RawMessage> messages = cut(mbox, 1024);

		// then
		assertThat(messages).extracting(MboxReaderTests::text)
			.containsExactly("Subject: one\n\nbody\n", "Subject: two\r\n\r\nFrom here on, no separator\r\n",
					"Subject: three\n\nlast\n");
		assertThat(messages).extracting(RawMessage::number).containsExactly(1, 2, 3);
	}

	@Test
	void quotedFromLinesLoseOneQuote() throws IOException {
		// given
		String mbox = "From a@example.org Tue Jul 29 07:15:00 2025\nSubject: q\n\n"
				+ ">From the start\n>>From deeper\n> From is no quoting\n\n";

		// when
		List<RawMessage> messages = cut(mbox, 1024);

		// then
		assertThat(messages).singleElement()
			.extracting(MboxReaderTests::text)
			.isEqualTo("Subject: q\n\nFrom the start\n>From deeper\n> From is no quoting\n");
	}

	@Test
	void messageOverTheBoundIsHashedButNotKept() throws IOException {
		// given a 200 KiB message in a single line, then a small one
		String line = "x".repeat(200 * 1024);
		String mbox = "From a@example.org Tue Jul 29 07:15:00 2025\n" + line + "\n\n"
				+ "From b@example.org Tue Jul 29 08:15:00 2025\nSubject: small\n";

		// when
		List<RawMessage> messages = cut(mbox, 100 * 1024);

		// then
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0).tooLarge()).isTrue();
		assertThat(messages.get(0).size()).isEqualTo(line.length() + 1);
		assertThat(messages.get(0).sha256())
			.isEqualTo(MailFixtures.sha256((line + "\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(text(messages.get(1))).isEqualTo("Subject: small\n");
	}

	private static List<RawMessage> cut(String text, long max) throws IOException {
		MboxReader reader = new MboxReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
		List<RawMessage> messages = new ArrayList<>();
		for (RawMessage message = reader.next(); message != null; message = reader.next()) {
			messages.add(message);
		}
		return messages;
	}

	private static String text(RawMessage message) {
		return new String(message.bytes(), 0, message.length(), StandardCharsets.UTF_8);
	}

}
