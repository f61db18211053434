package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.RejectedEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad entries of a listing go to quarantine with a reason; the others still load. */
class ArxivListingRejectionTests {

	private static final String ENTRY = """
			\\\\
			arXiv:2601.99009
			Date: Mon, 20 Jan 2026 10:00:00 GMT   (100kb)

			Title: A Good Paper
			Authors: Alice Smith
			Categories: cs.AI
			\\\\
			  A proper abstract.
			\\\\ ( https://arxiv.org/abs/2601.99009 ,  100kb)
			""";

	private final ArxivListingParser parser = new ArxivListingParser();

	@Test
	void malformedListingQuarantinesTheEntryWithoutIdAndTheTruncatedOne() throws IOException {
		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, ArxivSamples.listing("malformed.txt"));

		// then
		assertThat(items).hasSize(5);
		assertThat(items).extracting(DigestItem::ordinal).containsExactly(1L, 2L, 3L, 4L, 5L);
		List<RejectedEntry> rejected = ArxivSamples.rejected(items);
		assertThat(rejected).extracting(RejectedEntry::ordinal, RejectedEntry::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 25L),
					org.assertj.core.groups.Tuple.tuple(3L, 35L));
		assertThat(rejected.get(0).reason()).isEqualTo("no arXiv id: the entry has no arXiv: line and its abs link "
				+ "https://arxiv.org/abs/missing names no arXiv id");
		assertThat(rejected.get(0).rawText()).contains("Title: Paper Missing arXiv ID");
		assertThat(rejected.get(1).reason()).startsWith("entry ends at line 44 without its closing \\\\ (")
			.contains("truncated");
		assertThat(rejected.get(1).rawText()).contains("arXiv:2601.99002", "intentionally cut short without");
		assertThat(rejected).allSatisfy(r -> assertThat(r.reason()).doesNotContain("\n"));
	}

	@Test
	void malformedListingStillLoadsItsGoodEntriesAndTheDuplicate() throws IOException {
		// when
		List<DigestEntry> entries = ArxivSamples
			.entries(ArxivSamples.read(this.parser, ArxivSamples.listing("malformed.txt")));

		// then the duplicate is yielded: deduplication happens later
		assertThat(entries).extracting(e -> e.arxivId().id()).containsExactly("2601.99001", "2601.99001", "2601.99003");
		assertThat(entries).extracting(DigestEntry::title)
			.containsExactly("A Valid Paper That Should Parse Correctly", "Duplicate of First Paper (Same arXiv ID)",
					"Valid Paper After Bad Entries");
		assertThat(entries.get(2).authors()).containsExactly("Charlie Brown", "Lucy Van Pelt");
		assertThat(entries.get(2).details().comments()).isEqualTo("10 pages, submitted to ICSE 2026");
		assertThat(entries.get(0).abstractText())
			.isEqualTo("This paper has a proper abstract and all required fields. It should parse without any issues.");
	}

	@Test
	void entryCutOffByTheEndOfTheFileIsQuarantined() throws IOException {
		// given
		String listing = ENTRY
				+ "\\\\\narXiv:2601.99010\nDate: Mon, 20 Jan 2026 10:00:00 GMT\n\nTitle: Cut\n\\\\\n  Half an";

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "cut.txt", listing);

		// then
		assertThat(items).hasSize(2);
		assertThat(items.get(1)).isInstanceOfSatisfying(RejectedEntry.class, r -> {
			assertThat(r.ordinal()).isEqualTo(2);
			assertThat(r.line()).isEqualTo(11);
			assertThat(r.reason()).startsWith("entry cut off by the end of the listing");
		});
	}

	@Test
	void entryWithoutTitleIsQuarantined() throws IOException {
		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "t.txt", ENTRY.replace("Title: A Good Paper\n", ""));

		// then
		assertThat(items).singleElement()
			.isInstanceOfSatisfying(RejectedEntry.class,
					r -> assertThat(r.reason()).isEqualTo("entry without a Title: line"));
	}

	@Test
	void latin1BytesAreReadAsWindows1252() throws IOException {
		// given an entry with a Latin-1 "é" in its title, then a good one
		byte[] bad = ENTRY.replace("A Good Paper", "A Caf\u00e9 Paper").getBytes(StandardCharsets.ISO_8859_1);
		byte[] good = ENTRY.replace("99009", "99011").getBytes(StandardCharsets.UTF_8);
		byte[] both = new byte[bad.length + good.length];
		System.arraycopy(bad, 0, both, 0, bad.length);
		System.arraycopy(good, 0, both, bad.length, good.length);

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "latin1.txt", both);

		// then
		assertThat(items).hasSize(2);
		assertThat(items.get(0)).isInstanceOfSatisfying(DigestEntry.class,
				e -> assertThat(e.title()).isEqualTo("A Caf\u00e9 Paper"));
		assertThat(items.get(1)).isInstanceOf(DigestEntry.class);
	}

	@Test
	void overlongEntryIsQuarantinedWithBoundedRawText() throws IOException {
		// given an abstract of one 200,000-character line, then a good entry
		String huge = ENTRY.replace("A proper abstract.", "x".repeat(200_000));

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "huge.txt", huge + ENTRY.replace("99009", "99012"));

		// then
		assertThat(items).hasSize(2);
		assertThat(items.get(0)).isInstanceOfSatisfying(RejectedEntry.class, r -> {
			assertThat(r.reason()).startsWith("entry longer than");
			assertThat(r.rawText().length()).isLessThanOrEqualTo(RejectedEntry.MAX_RAW_LENGTH);
		});
		assertThat(((DigestEntry) items.get(1)).arxivId().id()).isEqualTo("2601.99012");
	}

	@Test
	void windowsLineEndingsReadTheSame() throws IOException {
		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "crlf.txt", ENTRY.replace("\n", "\r\n"));

		// then
		assertThat(items).singleElement().isInstanceOfSatisfying(DigestEntry.class, e -> {
			assertThat(e.title()).isEqualTo("A Good Paper");
			assertThat(e.abstractText()).isEqualTo("A proper abstract.");
			assertThat(e.details().size()).isEqualTo("100kb");
		});
	}

	@Test
	void textThatIsNoListingYieldsOneRejectionForTheWholeDigest() throws IOException {
		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "notes.txt", "Just some notes.\nNothing here.\n");

		// then
		assertThat(items).singleElement().isInstanceOfSatisfying(RejectedEntry.class, r -> {
			assertThat(r.ordinal()).isZero();
			assertThat(r.reason()).startsWith("not an arXiv listing");
			assertThat(r.rawText()).contains("Just some notes.");
		});
	}

	@Test
	void emptyInputAndListingWithoutEntries() throws IOException {
		// given a header for a day without submissions
		String header = " received from  Wed 21 Jan 26 19:00:00 GMT  to  Thu 22 Jan 26 19:00:00 GMT\n";

		// then
		assertThat(ArxivSamples.read(this.parser, "empty.txt", "")).singleElement().isInstanceOf(RejectedEntry.class);
		assertThat(ArxivSamples.read(this.parser, "quiet-day.txt", header)).isEmpty();
	}

}
