package io.digestcatalog.core.digest.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.TextDigestParser;

import static io.digestcatalog.core.digest.mail.MailFixtures.entries;
import static io.digestcatalog.core.digest.mail.MailFixtures.readMail;
import static io.digestcatalog.core.digest.mail.MailFixtures.rejected;
import static io.digestcatalog.core.digest.mail.MailFixtures.titles;
import static org.assertj.core.api.Assertions.assertThat;

/** Mailboxes: an mbox of many messages and a Maildir folder, each message a digest. */
class MailDigestParserMailboxTests {

	private static List<DigestEntry> expected;

	private static byte[] plain;

	private static byte[] latin1;

	private static byte[] html;

	@BeforeAll
	static void composeMessages() throws IOException {
		String text = MailFixtures.canonicalText();
		expected = MailFixtures.canonicalEntries();
		plain = MailFixtures.quotedPrintableMessage(text);
		// an abstract line starting "From " must come back from the mbox's quoting intact
		latin1 = MailDigestParserTests.latin1Message("Jul 29\n\nÉtude de Gödel\n\n"
				+ MailFixtures.abstractAbout("accents") + "\nFrom Gödel to Müller, >From quoted once.\n");
		html = MailFixtures.htmlMessage(MailFixtures.htmlDigest(expected));
	}

	@Test
	void mboxYieldsEveryMessageAsItsOwnDigest() throws IOException {
		// given
		byte[] mbox = MailFixtures.mbox(plain, latin1, html);

		// when
		List<DigestItem> items = readMail(mbox, "papers.mbox");

		// then
		assertThat(rejected(items)).isEmpty();
		List<DigestEntry> entries = entries(items);
		assertThat(entries).hasSize(56 + 1 + 56);
		assertThat(entries).extracting((entry) -> entry.digest().location())
			.containsOnly("/mail/papers.mbox#1 <qp@example.org>", "/mail/papers.mbox#2 <latin1@example.org>",
					"/mail/papers.mbox#3 <html@example.org>");
		assertThat(titles(entries.subList(0, 56))).containsExactlyElementsOf(titles(expected));
		assertThat(entries.get(56).title()).isEqualTo("Étude de Gödel");
		assertThat(titles(entries.subList(57, 113))).containsExactlyElementsOf(titles(expected));
	}

	@Test
	void mboxMessagesHashAsTheMessagesThemselves() throws IOException {
		// given
		byte[] mbox = MailFixtures.mbox(plain, latin1, html);

		// when
		List<DigestEntry> entries = entries(readMail(mbox, "papers.mbox"));

		// then the From_ lines, separators and >From quoting are not part of any message
		assertThat(entries.stream().map(DigestEntry::digest).map(DigestRef::sha256).distinct())
			.containsExactly(MailFixtures.sha256(plain), MailFixtures.sha256(latin1), MailFixtures.sha256(html));
		assertThat(entries.get(56).abstractText()).endsWith("From Gödel to Müller, >From quoted once.");
	}

	@Test
	void ordinalsRestartInEachMessage() throws IOException {
		// given
		byte[] mbox = MailFixtures.mbox(plain, html);

		// when
		List<DigestEntry> entries = entries(readMail(mbox, "papers.mbox"));

		// then
		assertThat(entries.get(55).ordinal()).isEqualTo(56);
		assertThat(entries.get(56).ordinal()).isEqualTo(1);
	}

	@Test
	void messageLoadedBeforeIsSkippedEntirely() throws IOException {
		// given the plain message was loaded from its .eml file already
		byte[] mbox = MailFixtures.mbox(latin1, plain, html);
		Set<String> loaded = Set.of(MailFixtures.sha256(plain));

		// when
		List<DigestItem> items = readMail(mbox, "papers.mbox", null, MailFixtures.context(loaded));

		// then
		assertThat(items).extracting((item) -> item.digest().sha256()).doesNotContain(MailFixtures.sha256(plain));
		assertThat(entries(items)).hasSize(1 + 56);
		assertThat(entries(items).get(1).digest().location()).startsWith("/mail/papers.mbox#3 ");
	}

	@Test
	void maildirMessagesAreRecognizedWithoutExtension(@TempDir Path maildir) throws IOException {
		// given a Maildir: messages in cur/ and new/, a message being delivered in tmp/
		Path cur = Files.createDirectories(maildir.resolve("cur"));
		Path fresh = Files.createDirectories(maildir.resolve("new"));
		Path tmp = Files.createDirectories(maildir.resolve("tmp"));
		Files.write(cur.resolve("1753773300.M12P345.mailhost:2,S"), plain);
		Files.write(fresh.resolve("1753773301.M13P345.mailhost"),
				MailFixtures.alternativeMessage(MailFixtures.canonicalText(), MailFixtures.htmlDigest(expected)));
		Files.write(tmp.resolve("1753773302.M14P345.mailhost"), "Return-Path: <half@deliv".getBytes());
		DigestFormats formats = new DigestFormats(List.of(new TextDigestParser(), new MailDigestParser()));

		// when the folder walker reads cur/ and new/ (and skips tmp/)
		List<DigestEntry> entries = new ArrayList<>();
		try (Stream<Path> files = Stream.of(cur, fresh).flatMap(MailDigestParserMailboxTests::list)) {
			for (Path file : files.toList()) {
				entries.addAll(entries(readFile(file, formats)));
			}
		}

		// then
		assertThat(entries).hasSize(2 * 56);
		assertThat(entries).extracting((entry) -> entry.digest().format()).containsOnly("text");
		assertThat(titles(entries.subList(56, 112))).containsExactlyElementsOf(titles(expected));
		assertThat(entries.get(0).digest().location()).endsWith("cur/1753773300.M12P345.mailhost:2,S");
	}

	@Test
	void emlWithMisleadingExtensionIsReadAsMail(@TempDir Path folder) throws IOException {
		// given
		Path file = Files.write(folder.resolve("daily-papers-jul29.txt"), plain);
		DigestFormats formats = new DigestFormats(List.of(new TextDigestParser(), new MailDigestParser()));

		// when
		DigestParser parser = new DigestFile(file, formats, null).parser().orElseThrow();
		List<DigestEntry> entries = entries(readFile(file, formats));

		// then
		assertThat(parser.format()).isEqualTo("mail");
		assertThat(titles(entries)).containsExactlyElementsOf(titles(expected));
		assertThat(entries.get(0).digest().sha256()).isEqualTo(new DigestFile(file, formats, null).sha256());
	}

	private static List<DigestItem> readFile(Path file, DigestFormats formats) throws IOException {
		DigestFile digest = new DigestFile(file, formats, null);
		DigestParser parser = digest.parser().orElseThrow();
		List<DigestItem> items = new ArrayList<>();
		try (DigestItemStream stream = digest.open(parser, null, ZoneOffset.UTC, digest.sha256())) {
			for (DigestItem item = stream.next(); item != null; item = stream.next()) {
				items.add(item);
			}
		}
		return items;
	}

	private static Stream<Path> list(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList().stream();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
