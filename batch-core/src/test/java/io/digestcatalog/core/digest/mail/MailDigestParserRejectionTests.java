package io.digestcatalog.core.digest.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.RejectedEntry;

import static io.digestcatalog.core.digest.mail.MailFixtures.entries;
import static io.digestcatalog.core.digest.mail.MailFixtures.readMail;
import static io.digestcatalog.core.digest.mail.MailFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Damaged mail: one rejected item for the message, and the mailbox goes on. */
class MailDigestParserRejectionTests {

	private static final String HEADER = "From: AK <digest@example.org>\r\nTo: reader@example.org\r\n"
			+ "Subject: Daily Papers, Jul 29\r\nDate: Tue, 29 Jul 2025 09:15:00 +0200\r\nMIME-Version: 1.0\r\n";

	private static String text;

	@BeforeAll
	static void readCanonicalDigest() throws IOException {
		text = MailFixtures.canonicalText();
	}

	@Test
	void truncatedMultipartMessageIsRejectedAsAWhole() throws IOException {
		// given a multipart message cut off in the middle of its text part
		String whole = HEADER + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--b1\r\n"
				+ "Content-Type: text/html; charset=UTF-8\r\n\r\n<p>html</p>\r\n--b1--\r\n";
		byte[] truncated = whole.substring(0, whole.indexOf("View-Consistent")).getBytes(StandardCharsets.UTF_8);

		// when
		List<DigestItem> items = readMail(truncated, "cut.eml");

		// then
		assertThat(items).singleElement().isInstanceOfSatisfying(RejectedEntry.class, (rejected) -> {
			assertThat(rejected.ordinal()).isZero();
			assertThat(rejected.reason()).startsWith("truncated message");
			assertThat(rejected.digest().sha256()).isEqualTo(MailFixtures.sha256(truncated));
			assertThat(rejected.digest().format()).isEqualTo("mail");
			assertThat(rejected.digest().date()).isEqualTo(MailFixtures.SENT);
			assertThat(rejected.rawText()).startsWith("From: AK <digest@example.org>");
		});
	}

	@Test
	void messageCutOffInItsHeaderIsRejected() throws IOException {
		// given
		byte[] truncated = "From: AK <digest@example.org>\r\nSubject: Daily Pa".getBytes(StandardCharsets.US_ASCII);

		// when
		List<DigestItem> items = readMail(truncated, "cut.eml");

		// then
		assertThat(items).singleElement()
			.isInstanceOfSatisfying(RejectedEntry.class,
					(rejected) -> assertThat(rejected.reason()).startsWith("truncated message"));
	}

	@Test
	void corruptBase64BodyIsRejected() throws IOException {
		// given a base64 body with bytes that are no base64 in its middle
		String base64 = Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
		String corrupt = base64.substring(0, 4000) + "\r\n%%%% this is not base64 !!!\r\n" + base64.substring(4000);
		byte[] message = (HEADER
				+ "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + corrupt
				+ "\r\n")
			.getBytes(StandardCharsets.US_ASCII);

		// when
		List<DigestItem> items = readMail(message, "corrupt.eml");

		// then
		assertThat(items).singleElement().isInstanceOfSatisfying(RejectedEntry.class, (rejected) -> {
			assertThat(rejected.ordinal()).isZero();
			assertThat(rejected.reason()).startsWith("corrupt base64 in the text/plain part");
		});
	}

	@Test
	void mboxWithAnEmptyMessageRejectsItAndReadsTheOthers() throws IOException {
		// given
		byte[] plain = MailFixtures.quotedPrintableMessage(text);
		byte[] mbox = MailFixtures.mbox(plain, new byte[0], plain);

		// when
		List<DigestItem> items = readMail(mbox, "papers.mbox");

		// then
		assertThat(rejected(items)).singleElement().satisfies((rejected) -> {
			assertThat(rejected.reason()).isEqualTo("empty message");
			assertThat(rejected.digest().location()).isEqualTo("/mail/papers.mbox#2");
		});
		assertThat(entries(items)).hasSize(2 * 56);
		assertThat(entries(items).get(56).digest().location()).startsWith("/mail/papers.mbox#3");
	}

	@Test
	void messageWithoutTextIsRejectedNamingItsParts() throws IOException {
		// given
		byte[] message = (HEADER + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
				+ "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b1--\r\n")
			.getBytes(StandardCharsets.US_ASCII);

		// when
		List<DigestItem> items = readMail(message, "picture.eml");

		// then
		assertThat(items).singleElement()
			.isInstanceOfSatisfying(RejectedEntry.class, (rejected) -> assertThat(rejected.reason())
				.isEqualTo("no readable text in the message (its parts: image/png)"));
	}

	@Test
	void fileThatIsNoMailIsRejectedWhenReadAsMail() throws IOException {
		// given the canonical text digest, forced to be read as mail
		byte[] digest = Files.readAllBytes(MailFixtures.canonical());

		// when
		List<DigestItem> items = readMail(digest, "daily-papers-jul29.txt");

		// then
		assertThat(new MailDigestParser().sniff(digest, "daily-papers-jul29.txt")).isZero();
		assertThat(items).singleElement()
			.isInstanceOfSatisfying(RejectedEntry.class,
					(rejected) -> assertThat(rejected.reason()).startsWith("not an e-mail message"));
	}

	@Test
	void oversizedMessageIsRejectedUnreadAndTheNextIsRead() throws IOException {
		// given a parser keeping messages up to 64 KiB, and a larger first message
		byte[] big = MailFixtures.quotedPrintableMessage(text + text);
		byte[] small = MailFixtures
			.quotedPrintableMessage("Jul 29\n\nA Small Digest\n\n" + MailFixtures.abstractAbout("size") + "\n");
		byte[] mbox = MailFixtures.mbox(big, small);

		// when
		List<DigestItem> items = MailFixtures.read(new MailDigestParser(64 * 1024), mbox, "big.mbox", null,
				MailFixtures.context(Set.of()));

		// then
		assertThat(rejected(items)).singleElement().satisfies((rejected) -> {
			assertThat(rejected.reason())
				.isEqualTo("message of " + big.length + " bytes, larger than the 64 KiB a message may have");
			assertThat(rejected.digest().sha256()).isEqualTo(MailFixtures.sha256(big));
		});
		assertThat(entries(items)).extracting(DigestEntry::title).containsExactly("A Small Digest");
	}

}
