package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.EntryDetails;
import io.digestcatalog.core.digest.ListingKind;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sections of a full listing: new submissions, cross-lists after the {@code %-%-}
 * rule (and marked {@code (*cross-listing*)}), replacements after the {@code %%--} rule
 * with "replaced with revised version" instead of Date: and no abstract. The fixture
 * {@code listing-sections.txt} follows the layout of real listings (see the report).
 */
class ArxivListingSectionsTests {

	private final ArxivListingParser parser = new ArxivListingParser();

	private List<DigestItem> sections() throws IOException {
		return ArxivSamples.read(this.parser, "listing-sections.txt", ArxivSamples.resource("listing-sections.txt"));
	}

	@Test
	void eachSectionGivesItsListingKind() throws IOException {
		// when
		List<DigestEntry> entries = ArxivSamples.entries(sections());

		// then
		assertThat(entries).extracting(e -> e.arxivId().id())
			.containsExactly("2602.10412", "2602.09876", "2602.10001", "2503.16021", "2509.01234");
		assertThat(entries).extracting(e -> e.details().listing())
			.containsExactly(ListingKind.NEW, ListingKind.CROSS_LIST, ListingKind.CROSS_LIST, ListingKind.REPLACEMENT,
					ListingKind.REPLACEMENT);
		assertThat(entries.get(0).digest().date()).isEqualTo(LocalDate.of(2026, 2, 11));
	}

	@Test
	void lineOfAbstractStartingWithACitedIdDoesNotStartAnEntry() throws IOException {
		// given the first abstract has a line "arXiv:2301.00001 showed that a small …"
		// when
		List<DigestItem> items = sections();
		DigestEntry first = ArxivSamples.entries(items).get(0);

		// then
		assertThat(items).hasSize(5);
		assertThat(ArxivSamples.rejected(items)).isEmpty();
		assertThat(ArxivSamples.entries(items)).noneMatch(e -> e.arxivId().id().equals("2301.00001"));
		assertThat(first.arxivId()).isEqualTo(new ArxivId("2602.10412", 0));
		assertThat(first.abstractText()).contains("helped short tasks: arXiv:2301.00001 showed that a small episodic")
			.endsWith("on the long-horizon split.\nA second paragraph reports the ablations.");
	}

	@Test
	void newSubmissionCarriesEveryField() throws IOException {
		// when
		DigestEntry entry = ArxivSamples.entries(sections()).get(0);

		// then
		assertThat(entry.line()).isEqualTo(14);
		assertThat(entry.title())
			.isEqualTo("Retrieval-Augmented Planning for Long-Horizon Household Tasks under Partial Observability");
		assertThat(entry.authors()).containsExactly("María García-López", "Jonas Müller", "Chen Wei", "Slørup Hansen");
		assertThat(entry.doi()).isEqualTo(new Doi("10.48550/example.2026.0412"));
		assertThat(entry.abstractText()).contains("reaching 71.5\\% success");
		assertThat(entry.details())
			.isEqualTo(new EntryDetails(LocalDate.of(2026, 2, 10), null, List.of("cs.AI", "cs.RO"),
					"12 pages, 4 figures; code and data at https://github.com/example-lab/rap-home",
					"Proceedings of the 3rd Workshop on Embodied Agents (2026)",
					List.of("https://arxiv.org/abs/2602.10412"), null, null, List.of(), ListingKind.NEW, "812kb"));
	}

	@Test
	void crossListingKeepsItsAbstractAndDate() throws IOException {
		// when
		DigestEntry cross = ArxivSamples.entries(sections()).get(1);

		// then
		assertThat(cross.title()).isEqualTo("Sparse Mixture Routing for Low-Resource Speech Translation");
		assertThat(cross.authors()).containsExactly("Ana Souza", "Bruno Lima", "Carla Dias");
		assertThat(cross.abstractText()).startsWith("We route speech frames").endsWith("dense models.");
		assertThat(cross.details().published()).isEqualTo(LocalDate.of(2026, 2, 9));
		assertThat(cross.details().categories()).containsExactly("cs.CL", "cs.LG");
		assertThat(cross.details().size()).isEqualTo("2204kb");
	}

	@Test
	void replacementKeepsWhatItCarriesWithoutAbstract() throws IOException {
		// when
		DigestEntry replaced = ArxivSamples.entries(sections()).get(3);

		// then
		assertThat(replaced.line()).isEqualTo(66);
		assertThat(replaced.title())
			.isEqualTo("Compression-Based Tests for General Reasoning: A Benchmark of Recursive Program Induction");
		assertThat(replaced.authors()).containsExactly("Hernán Paredes-Espinosa", "Felipe S. Abrahão", "Luís Ozaki");
		assertThat(replaced.abstractText()).isEmpty();
		assertThat(replaced.arxivId()).isEqualTo(new ArxivId("2503.16021", 0));
		assertThat(replaced.details()).isEqualTo(new EntryDetails(null, LocalDate.of(2026, 2, 11),
				List.of("cs.AI", "cs.IT", "math.IT"), "27 pages + Methods + Supplementary Information, 103 pages total",
				null, List.of("https://arxiv.org/abs/2503.16021"), null, null, List.of(), ListingKind.REPLACEMENT,
				"9726kb"));
	}

	@Test
	void replacedCrossListingIsAReplacement() throws IOException {
		// when
		DigestEntry replaced = ArxivSamples.entries(sections()).get(4);

		// then
		assertThat(replaced.details().listing()).isEqualTo(ListingKind.REPLACEMENT);
		assertThat(replaced.doi()).isEqualTo(new Doi("10.1000/ejcc.2026.001"));
		assertThat(replaced.details().journalRef())
			.isEqualTo("Example Journal of Computational Chemistry 12 (2026) 1-19");
		assertThat(replaced.details().submitted()).isEqualTo(LocalDate.of(2026, 2, 10));
	}

	@Test
	void versionInTheAbsLinkIsKept() throws IOException {
		// given a replacement whose abs link names its new version
		String listing = """
				\\\\
				arXiv:2503.16021
				replaced with revised version Wed, 11 Feb 2026 10:17:21 GMT   (9726kb)

				Title: A Replaced Paper
				Authors: A. Author
				Categories: cs.AI
				\\\\ ( https://arxiv.org/abs/2503.16021v3 ,  9726kb)
				""";

		// when
		DigestEntry entry = ArxivSamples.entries(ArxivSamples.read(this.parser, "v.txt", listing)).get(0);

		// then
		assertThat(entry.arxivId()).isEqualTo(new ArxivId("2503.16021", 3));
		assertThat(entry.details().links()).containsExactly("https://arxiv.org/abs/2503.16021v3");
	}

	@Test
	void entryWithoutArxivLineTakesItsIdFromItsOwnClosingAbsLink() throws IOException {
		// given
		String listing = """
				\\\\
				Date: Mon, 20 Jan 2026 11:00:00 GMT   (50kb)

				Title: The arXiv Line Got Lost
				Authors: A. Author
				Categories: cs.LG
				\\\\
				  Its abstract cites arXiv:2301.00001, which is not its id.
				\\\\ ( https://arxiv.org/abs/2601.12345 ,  50kb)
				""";

		// when
		List<DigestItem> items = ArxivSamples.read(this.parser, "no-id-line.txt", listing);

		// then
		assertThat(items).singleElement()
			.isInstanceOfSatisfying(DigestEntry.class,
					e -> assertThat(e.arxivId()).isEqualTo(new ArxivId("2601.12345", 0)));
	}

}
