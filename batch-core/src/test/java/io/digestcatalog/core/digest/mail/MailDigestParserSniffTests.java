package io.digestcatalog.core.digest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.TextDigestParser;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail is told by its content: an mbox separator or a mail header, whatever the name. */
class MailDigestParserSniffTests {

	private final MailDigestParser parser = new MailDigestParser();

	@Test
	void messageIsRecognizedWhateverItsExtension(@TempDir Path folder) throws IOException {
		// given
		byte[] message = MailFixtures.quotedPrintableMessage(MailFixtures.canonicalText());

		// when
		Path dat = Files.write(folder.resolve("digest.dat"), message);
		Path txt = Files.write(folder.resolve("digest.txt"), message);

		// then
		assertThat(this.parser.sniff(head(dat), "digest.dat")).isEqualTo(85);
		assertThat(this.parser.sniff(head(txt), "digest.txt")).isEqualTo(85)
			.isGreaterThan(new TextDigestParser().sniff(head(txt), "digest.txt"));
	}

	@Test
	void mboxIsRecognizedByItsFromLine() throws IOException {
		// given
		byte[] mbox = MailFixtures.mbox(MailFixtures.quotedPrintableMessage("Jul 29\n"));

		// when
		int confidence = this.parser.sniff(mbox, "Inbox");

		// then
		assertThat(confidence).isEqualTo(85);
	}

	@Test
	void deliveredMessageIsRecognizedByItsTraceFields() {
		assertThat(sniff("Received: from mx.example.org (mx.example.org [192.0.2.1])\r\n\tby mail.example.org;"
				+ " Tue, 29 Jul 2025 09:15:00 +0200\r\nSubject: Daily Papers\r\n\r\nJul 29\r\n"))
			.isEqualTo(85);
		assertThat(sniff("Return-Path: <digest@example.org>\nDelivered-To: reader@example.org\n\nJul 29\n"))
			.isEqualTo(85);
		assertThat(sniff("Date: Tue, 29 Jul 2025 09:15:00 +0200\nSubject: Daily Papers\n\nJul 29\n")).isEqualTo(85);
	}

	@Test
	void headerCutShortByTheSniffedHeadIsStillAHeader() {
		assertThat(
				sniff("MIME-Version: 1.0\r\nFrom: AK <digest@example.org>\r\nDKIM-Signature: v=1; a=rsa-sha256; b=ab"))
			.isEqualTo(85);
	}

	@Test
	void textThatMerelyLooksLikeFieldsIsNoMail() {
		assertThat(sniff("Title: Mavors\nAuthors: Someone\n\nAbstract.\n")).isZero();
		assertThat(sniff("Subject: without a date\n\nJul 29\n")).isZero();
		assertThat(sniff("From the authors of Mavors\n\nJul 29\n")).isZero();
		assertThat(sniff("")).isZero();
	}

	@Test
	void canonicalTextDigestIsNoMail() throws IOException {
		assertThat(this.parser.sniff(head(MailFixtures.canonical()), "daily-papers-jul29.txt")).isZero();
	}

	@Test
	void otherCorpusFormatsAreNoMail() throws IOException {
		// given every file of the corpus: JSON, arXiv listing bodies, Atom, PDF, CSV, TSV
		List<Path> files;
		try (Stream<Path> walk = Files.walk(MailFixtures.corpus())) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}

		// then
		assertThat(files).hasSizeGreaterThan(60);
		for (Path file : files) {
			assertThat(this.parser.sniff(head(file), file.getFileName().toString())).as(file.toString()).isZero();
		}
	}

	private int sniff(String text) {
		return this.parser.sniff(text.getBytes(StandardCharsets.UTF_8), "message");
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8192);
		}
	}

}
