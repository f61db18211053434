package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.EntryDetails;
import io.digestcatalog.core.digest.ListingKind;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

import static org.assertj.core.api.Assertions.assertThat;

/** The listing parser on the real arXiv listing e-mails of the corpus. */
class ArxivListingParserTests {

	/** Counted without the parser: a bare {@code \\} line followed by an arXiv: line. */
	private static final Pattern ENTRY_ID = Pattern.compile("(?m)^\\\\\\\\\\R+arXiv:(\\S+)");

	private final ArxivListingParser parser = new ArxivListingParser();

	@ParameterizedTest
	@ValueSource(strings = { "2026-01-23.txt", "2026-01-26.txt", "Willjay5991-arxiv.txt" })
	void everyEntryOfARealListingLoadsWithTheIdsTheFileShows(String file) throws IOException {
		// given
		List<String> expectedIds = idsIn(ArxivSamples.listing(file));

		// when
		List<DigestItem> items = read(ArxivSamples.listing(file));

		// then
		assertThat(ArxivSamples.rejected(items)).isEmpty();
		assertThat(ArxivSamples.entries(items)).extracting(e -> e.arxivId().versioned())
			.containsExactlyElementsOf(expectedIds);
	}

	@Test
	void realListingsHoldFiveTenAndTwoEntries() throws IOException {
		assertThat(read(ArxivSamples.listing("2026-01-23.txt"))).hasSize(5);
		assertThat(read(ArxivSamples.listing("2026-01-26.txt"))).hasSize(10);
		assertThat(read(ArxivSamples.listing("Willjay5991-arxiv.txt"))).hasSize(2);
	}

	@Test
	void listingOfJanuaryTwentySixthNamesTheseTenPapers() throws IOException {
		// when
		List<DigestEntry> entries = ArxivSamples.entries(read(ArxivSamples.listing("2026-01-26.txt")));

		// then
		assertThat(entries).extracting(e -> e.arxivId().id())
			.containsExactly("2601.16280", "2601.16286", "2601.16344", "2601.16479", "2601.16529", "2601.16549",
					"2601.16649", "2601.16685", "2601.16725", "2601.16806");
		assertThat(entries).extracting(DigestEntry::ordinal)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
		assertThat(entries).allSatisfy(e -> assertThat(e.details().listing()).isEqualTo(ListingKind.NEW));
	}

	@Test
	void digestIsDatedByTheEndOfTheHeadersSubmissionWindow() throws IOException {
		// given " received from Thu 22 Jan 26 19:00:00 GMT to Fri 23 Jan 26 19:00:00 GMT"
		// when
		DigestEntry first = ArxivSamples.entries(read(ArxivSamples.listing("2026-01-26.txt"))).get(0);

		// then the window's end wins over the file's name (the mail goes out days later)
		assertThat(first.digest().date()).isEqualTo(LocalDate.of(2026, 1, 23));
		assertThat(first.digest().dateOrigin()).isEqualTo("from the listing's header");
		assertThat(first.digest().format()).isEqualTo("arxiv-email");
	}

	@Test
	void explicitDigestDateStillWins() throws IOException {
		// when
		List<DigestItem> items = read(ArxivSamples.listing("Willjay5991-arxiv.txt"), LocalDate.of(2024, 12, 1));

		// then
		assertThat(items).allSatisfy(i -> assertThat(i.digest().date()).isEqualTo(LocalDate.of(2024, 12, 1)));
		assertThat(items.get(0).digest().dateOrigin()).isEqualTo("from --digest-date");
	}

	@Test
	void firstEntryOfJanuaryTwentyThirdCarriesEveryField() throws IOException {
		// when
		DigestEntry entry = ArxivSamples.entries(read(ArxivSamples.listing("2026-01-23.txt"))).get(0);

		// then
		assertThat(entry.ordinal()).isEqualTo(1);
		assertThat(entry.line()).isEqualTo(15);
		assertThat(entry.arxivId()).isEqualTo(new ArxivId("2601.15305", 0));
		assertThat(entry.title()).isEqualTo("Gated Sparse Attention: Combining Computational Efficiency with Training "
				+ "Stability for Long-Context Language Models");
		assertThat(entry.authors()).containsExactly("Alfred Shen", "Aaron Shen");
		assertThat(entry.abstractText())
			.startsWith("The computational burden of attention in long-context language models has motivated two")
			.contains("sparse attention mechanisms that reduce complexity")
			.endsWith("Training stability improves markedly, with loss spikes reduced by 98%.")
			.doesNotContain("\n", "  ", "\\\\");
		assertThat(entry.doi()).isNull();
		assertThat(entry.details()).isEqualTo(new EntryDetails(LocalDate.of(2026, 1, 12), null, List.of("cs.AI"),
				"15 pages, 1 figure, attention mechanism, sparse attention, gating, long-context", null,
				List.of("https://arxiv.org/abs/2601.15305"), null, null, List.of(), ListingKind.NEW, "215kb"));
	}

	@Test
	void entryWithADoiLineAndAnOxfordAndAmongItsAuthors() throws IOException {
		// when
		DigestEntry entry = ArxivSamples.entry(read(ArxivSamples.listing("2026-01-23.txt")), "2601.15316");

		// then
		assertThat(entry.doi()).isEqualTo(new Doi("10.1016/j.cosrev.2026.100893"));
		assertThat(entry.authors()).containsExactly("Wei Ai", "Yilong Tan", "Yuntao Shou", "Tao Meng", "Haowen Chen",
				"Zhixiong He", "Keqin Li");
		assertThat(entry.details().categories()).containsExactly("cs.AI", "cs.CV");
		assertThat(entry.details().comments()).isNull();
		assertThat(entry.details().size()).isEqualTo("1152kb");
		// the repository link stays in the abstract, for the link extractor to find as a
		// mention
		assertThat(entry.details().links()).containsExactly("https://arxiv.org/abs/2601.15316");
		assertThat(entry.abstractText())
			.endsWith("\\href{https://github.com/Tan-YiLong/Overview-of-Fake-News-Detection}"
					+ "{https://github.com/Tan-YiLong/Overview-of-Fake-News-Detection}.");
	}

	@Test
	void texAccentsInAuthorsBecomeLettersAndTexInAbstractsStaysAsWritten() throws IOException {
		// when
		List<DigestItem> items = read(ArxivSamples.listing("2026-01-26.txt"));
		DigestEntry semantic = ArxivSamples.entry(items, "2601.16286");
		DigestEntry agents = ArxivSamples.entry(items, "2601.16280");

		// then
		assertThat(semantic.authors()).hasSize(12).contains("Tré Guillory", "Yashodhara Dhariwal");
		assertThat(semantic.abstractText()).contains("treats inference as a monolithic black box.\nWe introduce");
		assertThat(agents.abstractText()).contains("(96.6\\% success rate, 7.3 s latency)");
		assertThat(agents.details().comments()).isEqualTo("Accepted for publication in 2026 The 9th International "
				+ "Conference on Artificial Intelligence and Big Data (ICAIBD 2026)");
	}

	@Test
	void authorsNotShownAreNotAuthors() throws IOException {
		// when
		DigestEntry longCat = ArxivSamples.entry(read(ArxivSamples.listing("2026-01-26.txt")), "2601.16725");

		// then 65 names are printed before "et al. (97 additional authors not shown)"
		assertThat(longCat.authors()).hasSize(65)
			.startsWith("Meituan LongCat Team", "Anchun Gui")
			.endsWith("Lingchuan Liu", "Linsen Guo")
			.noneMatch(a -> a.contains("et al") || a.contains("additional") || a.contains("("));
		assertThat(ArxivSamples.entry(read(ArxivSamples.listing("2026-01-26.txt")), "2601.16529").authors())
			.containsExactly("Dongshen Peng", "Yi Wang", "Carl Preiksaitis", "Christian Rose");
	}

	@Test
	void olderListingWithJournalRefAcmClassAndSizeWithSourceType() throws IOException {
		// when
		List<DigestItem> items = read(ArxivSamples.listing("Willjay5991-arxiv.txt"));
		DigestEntry water = ArxivSamples.entry(items, "2411.13566");

		// then
		assertThat(items.get(0).digest().date()).isEqualTo(LocalDate.of(2024, 11, 21));
		assertThat(water.title()).isEqualTo("Integrated Water Resource Management in the Segura Hydrographic Basin: "
				+ "An Artificial Intelligence Approach");
		assertThat(water.authors()).containsExactly("Urtzi Otamendi", "Mikel Maiza", "Igor G. Olaizola",
				"Basilio Sierra", "Markel Flores", "Marco Quartulli");
		assertThat(water.doi()).isEqualTo(new Doi("10.1016/j.jenvman.2024.122526"));
		assertThat(water.details()).isEqualTo(new EntryDetails(LocalDate.of(2024, 11, 11), null,
				List.of("cs.AI", "J.m", "I.2.1", "I.4.9"), "15 pages, 14 figures, 8 tables",
				"Journal of Environmental Management, Volume 370, 2024, ISSN 0301-4797",
				List.of("https://arxiv.org/abs/2411.13566"), null, null, List.of(), ListingKind.NEW, "9474kb"));
		assertThat(water.abstractText()).contains("($hm^3$)").endsWith("Segura Hydrographic Basin in Spain.");
	}

	@Test
	void entriesStartOnTheirOpeningBackslashLine() throws IOException {
		// given
		List<String> lines = Files.readAllLines(ArxivSamples.listing("2026-01-26.txt"), StandardCharsets.UTF_8);

		// when
		List<DigestEntry> entries = ArxivSamples.entries(read(ArxivSamples.listing("2026-01-26.txt")));

		// then
		assertThat(entries).allSatisfy(e -> {
			assertThat(lines.get((int) e.line() - 1)).isEqualTo("\\\\");
			assertThat(lines.get((int) e.line())).isEqualTo("arXiv:" + e.arxivId().id());
		});
	}

	private List<DigestItem> read(Path file) throws IOException {
		return ArxivSamples.read(this.parser, file);
	}

	private List<DigestItem> read(Path file, LocalDate explicit) throws IOException {
		return ArxivSamples.read(this.parser, file, explicit);
	}

	private static List<String> idsIn(Path file) throws IOException {
		Matcher m = ENTRY_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
		return m.results().map(r -> r.group(1)).toList();
	}

}
