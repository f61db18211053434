package io.digestcatalog.core.digest.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;

import static io.digestcatalog.core.digest.mail.MailFixtures.entries;
import static io.digestcatalog.core.digest.mail.MailFixtures.readMail;
import static io.digestcatalog.core.digest.mail.MailFixtures.rejected;
import static io.digestcatalog.core.digest.mail.MailFixtures.titles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical Hugging Face text digest mailed in the ways mail carries text: each
 * message yields the same 56 entries as the text file.
 */
class MailDigestParserTests {

	private static String text;

	private static List<DigestEntry> expected;

	@BeforeAll
	static void readCanonicalDigest() throws IOException {
		text = MailFixtures.canonicalText();
		expected = MailFixtures.canonicalEntries();
		assertThat(expected).hasSize(56);
	}

	@Test
	void quotedPrintableTextMessageYieldsTheDigestsEntries() throws IOException {
		// given
		byte[] message = MailFixtures.quotedPrintableMessage(text);

		// when
		List<DigestItem> items = readMail(message, "jul29.eml");

		// then
		assertThat(rejected(items)).isEmpty();
		assertThat(entries(items)).hasSize(56);
		assertThat(titles(entries(items))).containsExactlyElementsOf(titles(expected));
		assertThat(entries(items)).extracting(DigestEntry::abstractText)
			.containsExactlyElementsOf(expected.stream().map(DigestEntry::abstractText).toList());
	}

	@Test
	void eachMessageIsItsOwnDigestIdentifiedByItsBytes() throws IOException {
		// given
		byte[] message = MailFixtures.quotedPrintableMessage(text);

		// when
		List<DigestEntry> entries = entries(readMail(message, "jul29.eml"));

		// then
		DigestEntry first = entries.get(0);
		assertThat(first.digest().sha256()).isEqualTo(MailFixtures.sha256(message));
		assertThat(first.digest().location()).isEqualTo("/mail/jul29.eml");
		assertThat(first.digest().format()).isEqualTo("text");
		assertThat(first.ordinal()).isEqualTo(1);
		assertThat(first.title()).isEqualTo(MailFixtures.MAVORS);
		assertThat(first.abstractText()).startsWith("Long-context video understanding in multimodal")
			.endsWith("tasks requiring fine-grained spatio-temporal reasoning.");
		assertThat(first.authors()).isEmpty();
		assertThat(first.arxivId()).isNull();
		assertThat(entries).extracting(DigestEntry::ordinal).startsWith(1L, 2L, 3L).endsWith(56L);
	}

	@Test
	void messageIsDatedByItsDateHeader() throws IOException {
		// given a message sent on 29 July 2025 at 09:15 UTC+2, saved in August
		byte[] message = MailFixtures.quotedPrintableMessage(text);

		// when
		List<DigestEntry> entries = entries(readMail(message, "inbox.eml"));

		// then
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.digest().date()).isEqualTo(MailFixtures.SENT);
			assertThat(entry.digest().dateOrigin()).isEqualTo("from the Date header");
		});
	}

	@Test
	void operatorsExplicitDateWinsOverTheDateHeader() throws IOException {
		// given
		byte[] message = MailFixtures.quotedPrintableMessage(text);
		LocalDate explicit = LocalDate.of(2025, 7, 30);

		// when
		List<DigestEntry> entries = entries(readMail(message, "inbox.eml", explicit, MailFixtures.context(Set.of())));

		// then
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.digest().date()).isEqualTo(explicit);
			assertThat(entry.digest().dateOrigin()).isEqualTo("from --digest-date");
		});
	}

	@Test
	void base64PlainTextIsPreferredToItsHtmlAlternative() throws IOException {
		// given
		byte[] message = MailFixtures.alternativeMessage(text, MailFixtures.htmlDigest(expected));

		// when
		List<DigestItem> items = readMail(message, "alternative.eml");

		// then the abstracts carry no link from the HTML: the plain text was read
		assertThat(rejected(items)).isEmpty();
		assertThat(titles(entries(items))).containsExactlyElementsOf(titles(expected));
		assertThat(entries(items)).extracting(DigestEntry::abstractText)
			.containsExactlyElementsOf(expected.stream().map(DigestEntry::abstractText).toList());
	}

	@Test
	void htmlOnlyMessageIsReadAsTextWithItsLinksKept() throws IOException {
		// given
		byte[] message = MailFixtures.htmlMessage(MailFixtures.htmlDigest(expected));

		// when
		List<DigestItem> items = readMail(message, "html.eml");

		// then titles come through as printed, each paper's link after its abstract
		assertThat(rejected(items)).isEmpty();
		List<DigestEntry> entries = entries(items);
		assertThat(titles(entries)).containsExactlyElementsOf(titles(expected));
		for (int i = 0; i < entries.size(); i++) {
			assertThat(entries.get(i).abstractText())
				.isEqualTo(expected.get(i).abstractText() + " (" + MailFixtures.paperLink(expected.get(i)) + ")");
		}
		assertThat(entries.get(0).abstractText()).endsWith("(https://huggingface.co/papers/2504.10068)");
		assertThat(entries.get(0).digest().date()).isEqualTo(MailFixtures.SENT);
	}

	@Test
	void latin1MessageWithAccentedNamesDecodesByItsCharset() throws IOException {
		// given the digest with one more entry whose names need ISO-8859-1, sent 8bit
		String accented = "Étude de Gödel: réseaux à la Müller et Señor Ñúñez";
		String abstractText = MailFixtures.abstractAbout("the naïve café problem of Ångström");
		byte[] message = latin1Message(text + "\n\n" + accented + "\n\n" + abstractText + "\n");

		// when
		List<DigestItem> items = readMail(message, "latin1.eml");

		// then
		assertThat(rejected(items)).isEmpty();
		List<DigestEntry> entries = entries(items);
		assertThat(entries).hasSize(57);
		assertThat(titles(entries).subList(0, 56)).containsExactlyElementsOf(titles(expected));
		assertThat(entries.get(56).title()).isEqualTo(accented);
		assertThat(entries.get(56).abstractText()).isEqualTo(abstractText);
	}

	@Test
	void unknownCharsetNameFallsBackToUtf8() throws IOException {
		// given
		byte[] message = ("From: digest@example.org\r\nSubject: Jul 29\r\nDate: Tue, 29 Jul 2025 09:15:00 +0200\r\n"
				+ "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\n" + text)
			.getBytes(StandardCharsets.UTF_8);

		// when
		List<DigestItem> items = readMail(message, "odd.eml");

		// then
		assertThat(titles(entries(items))).containsExactlyElementsOf(titles(expected));
	}

	@Test
	void utf8BytesLabelledAsciiAreReadAsUtf8() throws IOException {
		// given a message without charset whose 8-bit body is UTF-8
		String title = "Über-Modelle für naïve Nutzer";
		byte[] message = ("From: digest@example.org\r\nSubject: Jul 29\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain\r\n\r\nJul 29\r\n\r\n" + title + "\r\n\r\n"
				+ MailFixtures.abstractAbout("umlauts") + "\r\n")
			.getBytes(StandardCharsets.UTF_8);

		// when
		List<DigestEntry> entries = entries(readMail(message, "utf8.eml"));

		// then
		assertThat(entries).singleElement().extracting(DigestEntry::title).isEqualTo(title);
	}

	static byte[] latin1Message(String body) {
		return ("Return-Path: <digest@example.org>\r\nFrom: =?ISO-8859-1?Q?Andr=E9?= <digest@example.org>\r\n"
				+ "Subject: Daily Papers, Jul 29\r\nDate: Tue, 29 Jul 2025 09:15:00 +0200\r\n"
				+ "Message-ID: <latin1@example.org>\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=\"ISO-8859-1\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
				+ body.replace("\n", "\r\n"))
			.getBytes(StandardCharsets.ISO_8859_1);
	}

}
