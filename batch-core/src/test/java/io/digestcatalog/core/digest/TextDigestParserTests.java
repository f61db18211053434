package io.digestcatalog.core.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text parser on the canonical digest: entries, header, ordinals and the digest's
 * date.
 */
class TextDigestParserTests {

	private static final List<String> HEADER = List.of("new", "Get trending papers in your email inbox!", "Subscribe",
			"Daily Papers", "byAK and the research community", "Jul 29");

	@TempDir
	Path dir;

	@Test
	void canonicalDigestYieldsFiftySixEntriesAndNoRejection() throws IOException {
		// when
		List<DigestItem> items = SampleDigests.readFile(SampleDigests.canonical(), null);

		// then
		assertThat(items).hasSize(56).allMatch(DigestEntry.class::isInstance);
		assertThat(SampleDigests.rejected(items)).isEmpty();
	}

	@Test
	void firstEntryIsMavorsWithItsAbstract() throws IOException {
		// when
		DigestEntry first = SampleDigests.canonicalEntries().get(0);

		// then
		assertThat(first.title()).isEqualTo(SampleDigests.FIRST_TITLE);
		assertThat(first.abstractText()).startsWith("Long-context video understanding in multimodal large language")
			.endsWith("requiring fine-grained spatio-temporal reasoning.");
		assertThat(first.authors()).isEmpty();
		assertThat(first.arxivId()).isNull();
		assertThat(first.doi()).isNull();
	}

	@Test
	void elevenHeaderLinesAreSkipped() throws IOException {
		// when
		List<DigestEntry> entries = SampleDigests.canonicalEntries();

		// then the first entry starts on line 12 + 1, right after the header and its
		// blank lines
		assertThat(entries.get(0).line()).isEqualTo(13);
		assertThat(entries).extracting(DigestEntry::title).doesNotContainAnyElementsOf(HEADER);
		assertThat(entries).extracting(DigestEntry::abstractText).doesNotContainAnyElementsOf(HEADER);
	}

	@Test
	void ordinalsRunFromOneToFiftySixWithTheLineOfEachTitle() throws IOException {
		// when
		List<DigestEntry> entries = SampleDigests.canonicalEntries();

		// then
		assertThat(entries).extracting(DigestEntry::ordinal)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 56).boxed().toList());
		assertThat(entries).extracting(DigestEntry::line)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 56).map(n -> 13 + 4 * (n - 1)).boxed().toList());
		assertThat(entries.get(55).title())
			.isEqualTo("This Looks Like That, Because ... Explaining Prototypes for Interpretable Image Recognition");
	}

	@Test
	void everyEntryCarriesTheDigestReference() throws IOException {
		// given
		DigestFile file = new DigestFile(SampleDigests.canonical(), DigestFormats.standard(), null);

		// when
		List<DigestEntry> entries = SampleDigests.canonicalEntries();

		// then
		assertThat(entries).extracting(DigestEntry::digest).containsOnly(entries.get(0).digest());
		DigestRef ref = entries.get(0).digest();
		assertThat(ref.sha256()).isEqualTo(file.sha256());
		assertThat(ref.format()).isEqualTo("text");
		assertThat(ref.location()).isEqualTo(SampleDigests.canonical().toString());
	}

	@Test
	void digestDateIsJuly29InTheYearOfTheModificationTime() throws IOException {
		// given
		Path copy = copyModifiedAt("daily-papers-jul29.txt", "2025-08-03T10:00:00Z");

		// when
		DigestRef ref = firstRef(copy, null);

		// then
		assertThat(ref.date()).isEqualTo(LocalDate.of(2025, 7, 29));
		assertThat(ref.dateOrigin()).isEqualTo("month and day from the digest, year from the file's modification time");
	}

	@Test
	void digestWrittenBeforeJuly29IsDatedInTheYearBefore() throws IOException {
		// given
		Path copy = copyModifiedAt("daily-papers-jul29.txt", "2026-03-01T10:00:00Z");

		// when
		DigestRef ref = firstRef(copy, null);

		// then
		assertThat(ref.date()).isEqualTo(LocalDate.of(2025, 7, 29));
	}

	@Test
	void explicitDateWinsOverTheDigestAndTheFile() throws IOException {
		// given
		Path copy = copyModifiedAt("papers-2023-01-05.txt", "2025-08-03T10:00:00Z");

		// when
		DigestRef ref = firstRef(copy, LocalDate.of(2024, 7, 29));

		// then
		assertThat(ref.date()).isEqualTo(LocalDate.of(2024, 7, 29));
		assertThat(ref.dateOrigin()).isEqualTo("from --digest-date");
	}

	@Test
	void fullDateInTheFileNameWinsOverTheModificationTime() throws IOException {
		// given
		Path copy = copyModifiedAt("daily-papers-2023-07-29.txt", "2025-08-03T10:00:00Z");

		// when
		DigestRef ref = firstRef(copy, null);

		// then
		assertThat(ref.date()).isEqualTo(LocalDate.of(2023, 7, 29));
		assertThat(ref.dateOrigin()).isEqualTo("from the file name");
	}

	@Test
	void fullDateLineInTheDigestIsTakenAsPrinted() throws IOException {
		// given
		String text = "Daily Papers\n\nJul 29, 2024\n\nA Title\n\n" + SampleDigests.abstractAbout("dates") + "\n";

		// when
		List<DigestEntry> entries = SampleDigests.entries(SampleDigests.read(text));

		// then
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.digest().date()).isEqualTo(LocalDate.of(2024, 7, 29));
			assertThat(entry.digest().dateOrigin()).isEqualTo("from the digest");
		});
	}

	@Test
	void knownHeaderLinesAreSkippedEvenWithoutADateLine() throws IOException {
		// given
		String text = "new\n\nSubscribe\n\nDaily Papers\n\nA Title\n\n" + SampleDigests.abstractAbout("headers") + "\n";

		// when
		List<DigestItem> items = SampleDigests.read(text);

		// then the date falls back to the file's modification time
		assertThat(items).singleElement().isInstanceOfSatisfying(DigestEntry.class, entry -> {
			assertThat(entry.title()).isEqualTo("A Title");
			assertThat(entry.line()).isEqualTo(7);
			assertThat(entry.digest().date()).isEqualTo(LocalDate.of(2025, 7, 30));
			assertThat(entry.digest().dateOrigin()).isEqualTo("from the file's modification time");
		});
	}

	@Test
	void dateLineWithAnAbbreviationDotIsRead() throws IOException {
		// given a digest written on Jul 30, whose name carries no date
		String text = "Daily Papers\n\nJul. 29\n\nA Title\n\n" + SampleDigests.abstractAbout("dates") + "\n";

		// when
		List<DigestEntry> entries = SampleDigests.entries(SampleDigests.read(text));

		// then
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.title()).isEqualTo("A Title");
			assertThat(entry.digest().date()).isEqualTo(LocalDate.of(2025, 7, 29));
			assertThat(entry.digest().dateOrigin()).startsWith("month and day from the digest");
		});
	}

	@Test
	void sniffAcceptsTextAndRefusesBinary() throws IOException {
		// given
		TextDigestParser parser = new TextDigestParser();
		byte[] head = Files.readAllBytes(SampleDigests.canonical());

		// when / then
		assertThat(parser.sniff(head, "daily-papers-jul29.txt")).isEqualTo(60);
		assertThat(parser.sniff(head, "digest.html")).isEqualTo(20);
		assertThat(parser.sniff(new byte[] { 'P', 'K', 3, 4, 0, 0, 1 }, "digest.txt")).isZero();
	}

	private Path copyModifiedAt(String name, String instant) throws IOException {
		Path copy = Files.copy(SampleDigests.canonical(), this.dir.resolve(name));
		Files.setLastModifiedTime(copy, FileTime.from(Instant.parse(instant)));
		return copy;
	}

	private static DigestRef firstRef(Path file, LocalDate explicit) throws IOException {
		List<DigestItem> items = SampleDigests.readFile(file, explicit);
		assertThat(items).hasSize(56);
		return items.get(0).digest();
	}

}
