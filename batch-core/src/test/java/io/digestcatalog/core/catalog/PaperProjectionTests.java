package io.digestcatalog.core.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.digestcatalog.core.catalog.PaperProjection.Projection;
import io.digestcatalog.core.catalog.PaperProjection.Sighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A paper's fields projected from its records: source ranking, complete values, the
 * author union and the unions of categories and keywords, whatever order the records come
 * in.
 */
class PaperProjectionTests {

	private static final LocalDate JUL_01 = LocalDate.of(2025, 7, 1);

	private static final LocalDate AUG_01 = LocalDate.of(2025, 8, 1);

	private static final LocalDate SEP_01 = LocalDate.of(2025, 9, 1);

	private static final String LONG_ABSTRACT = "Mavors encodes video at several granularities at once: a "
			+ "high-resolution spatial encoder keeps fine detail within each chunk and an inter-chunk aggregator "
			+ "keeps the temporal coherence across chunks, so that long videos fit a language model's context.";

	@Test
	void bestRankedSourceGivesEachFieldWhenBothValuesAreComplete() {
		// given two complete abstracts of nearly the same length
		List<Sighting> records = List.of(
				record("digest:text", "t:1", JUL_01).title("Mavors")
					.abstractText("Mavors: video at many granularities, told by a text digest.")
					.comments("12 pages")
					.build(),
				record("digest:arxiv-atom", "a:1", AUG_01).title("Mavors")
					.abstractText("Mavors: video at many granularities, as arXiv's feed says.")
					.comments("12 pages, 5 figures")
					.build());

		// when
		Projection projection = PaperProjection.project(records, SourceRanking.DEFAULT);

		// then arXiv's feed ranks first and its values are complete
		assertThat(projection.row().abstractText())
			.isEqualTo("Mavors: video at many granularities, as arXiv's feed says.");
		assertThat(projection.row().comments()).isEqualTo("12 pages, 5 figures");
		assertThat(projection.sources()).containsEntry("abstract", "digest:arxiv-atom")
			.containsEntry("comments", "digest:arxiv-atom")
			.containsEntry("title", "digest:arxiv-atom");
	}

	@Test
	void truncatedAbstractOfTheBestSourceLosesToACompleteOneOfALowerSource() {
		// given arXiv's feed cut the abstract to a third
		String cut = LONG_ABSTRACT.substring(0, LONG_ABSTRACT.length() / 3) + "\u2026";
		List<Sighting> records = List.of(
				record("digest:arxiv-atom", "a:1", JUL_01).title("Mavors").abstractText(cut).build(),
				record("digest:text", "t:1", AUG_01).title("Mavors, as a newsletter titled it")
					.abstractText(LONG_ABSTRACT)
					.build());

		// when
		Projection projection = PaperProjection.project(records, SourceRanking.DEFAULT);

		// then the complete abstract wins, the title stays the best source's
		assertThat(projection.row().abstractText()).isEqualTo(LONG_ABSTRACT);
		assertThat(projection.sources()).containsEntry("abstract", "digest:text");
		assertThat(projection.title()).isEqualTo("Mavors");
		assertThat(projection.sources()).containsEntry("title", "digest:arxiv-atom");
	}

	@Test
	void abstractAtTheCompletenessThresholdStillCountsAsComplete() {
		// given the best source's abstract is exactly 80% of the longest
		String longest = "x".repeat(100);
		String shorter = "y".repeat(80);
		String tooShort = "z".repeat(79);

		// when
		Projection atThreshold = PaperProjection.project(
				List.of(record("digest:arxiv-atom", "a:1", JUL_01).title("T").abstractText(shorter).build(),
						record("digest:text", "t:1", JUL_01).title("T").abstractText(longest).build()),
				SourceRanking.DEFAULT);
		Projection belowThreshold = PaperProjection.project(
				List.of(record("digest:arxiv-atom", "a:1", JUL_01).title("T").abstractText(tooShort).build(),
						record("digest:text", "t:1", JUL_01).title("T").abstractText(longest).build()),
				SourceRanking.DEFAULT);

		// then
		assertThat(atThreshold.row().abstractText()).isEqualTo(shorter);
		assertThat(belowThreshold.row().abstractText()).isEqualTo(longest);
	}

	@Test
	void titleIsTheBestSourcesEvenWhenAnotherIsLonger() {
		// given
		List<Sighting> records = List
			.of(record("digest:html", "h:1", JUL_01).title("Mavors: Multi-granularity Video Representation for MLLMs")
				.build(), record("digest:hf-json", "f:1", AUG_01).title("Mavors").build());

		// when
		Projection projection = PaperProjection.project(records, SourceRanking.DEFAULT);

		// then
		assertThat(projection.title()).isEqualTo("Mavors");
		assertThat(projection.sources()).containsEntry("title", "digest:hf-json");
	}

	@Test
	void titleComesFromTheLatestArxivVersionOfTheBestSourceAndTheVersionIsTheHighestSeen() {
		// given two versions in arXiv's feed, a later one on a web page, and a text
		// digest
		// naming another paper's id with a high version
		List<Sighting> records = List.of(
				record("digest:arxiv-atom", "a:1", JUL_01).title("A First Draft").arxiv("2504.10068", 1).build(),
				record("digest:arxiv-atom", "a:2", AUG_01).title("The Final Title").arxiv("2504.10068", 2).build(),
				record("digest:html", "h:1", SEP_01).title("The Title of Version Three").arxiv("2504.10068", 3).build(),
				record("digest:text", "t:1", SEP_01).title("Another Paper").arxiv("2999.00001", 9).build());

		// when
		Projection projection = PaperProjection.project(records, SourceRanking.DEFAULT);

		// then the source ranks first, then the version
		assertThat(projection.title()).isEqualTo("The Final Title");
		assertThat(projection.row().arxivId()).isEqualTo("2504.10068");
		// the highest version of the chosen id, not of any id
		assertThat(projection.row().arxivVersion()).isEqualTo(3);
		assertThat(projection.row().firstSeen()).isEqualTo(JUL_01);
		assertThat(projection.row().lastSeen()).isEqualTo(SEP_01);
	}

	@Test
	void authorsAreTheBestListPlusNamesOnlyOtherRecordsGive() {
		// given the same four authors spelled two ways, and a fifth only the web page has
		List<Sighting> records = List.of(
				record("digest:arxiv-atom", "a:1", JUL_01).title("T")
					.authors("Smith, John; Ada Lovelace; Charles Babbage; Alan Turing")
					.build(),
				record("digest:html", "h:1", JUL_01).title("T")
					.authors("J. Smith; A. Lovelace; C. Babbage; A. Turing; Grace Hopper")
					.build());

		// when
		Projection projection = PaperProjection.project(records, SourceRanking.DEFAULT);

		// then
		assertThat(projection.row().authors())
			.isEqualTo("Smith, John; Ada Lovelace; Charles Babbage; Alan Turing; Grace Hopper");
		assertThat(projection.sources()).containsEntry("authors", "digest:arxiv-atom");
	}

	@Test
	void truncatedAuthorListLosesToTheCompleteOneAndAddsNoDuplicates() {
		// given the best source lists two of four authors, as initials
		List<Sighting> records = List.of(
				record("digest:arxiv-atom", "a:1", JUL_01).title("T").authors("Smith, J.; Lovelace, A.").build(),
				record("digest:text", "t:1", JUL_01).title("T")
					.authors("John Smith; Ada Lovelace; Charles Babbage; Alan Turing")
					.build());

		// when
		Projection projection = PaperProjection.project(records, SourceRanking.DEFAULT);

		// then
		assertThat(projection.row().authors()).isEqualTo("John Smith; Ada Lovelace; Charles Babbage; Alan Turing");
		assertThat(projection.sources()).containsEntry("authors", "digest:text");
	}

	@Test
	void categoriesAndKeywordsAreTheUnionOfAllRecordsInRankOrder() {
		// given
		List<Sighting> records = List.of(
				record("digest:hf-json", "f:1", JUL_01).title("T")
					.categories("cs.AI  cs.LG")
					.keywords("agents; retrieval")
					.build(),
				record("digest:arxiv-atom", "a:1", JUL_01).title("T")
					.categories("cs.CL cs.AI")
					.keywords("large language models; agents")
					.build(),
				record("digest:text", "t:1", JUL_01).title("T").build());

		// when
		Projection projection = PaperProjection.project(records, SourceRanking.DEFAULT);

		// then
		assertThat(projection.row().categories()).isEqualTo("cs.CL cs.AI cs.LG");
		assertThat(projection.row().keywords()).isEqualTo("large language models; agents; retrieval");
		assertThat(projection.sources()).containsEntry("categories", "digest:arxiv-atom")
			.containsEntry("keywords", "digest:arxiv-atom");
	}

	@Test
	void publisherDoiIsPreferredOverArxivsOwnDoi() {
		// given
		Sighting feed = record("digest:arxiv-atom", "a:1", JUL_01).title("T").doi("10.48550/arxiv.2504.10068").build();
		Sighting page = record("digest:html", "h:1", AUG_01).title("T").doi("10.1145/3580305.3599253").build();

		// when
		Projection both = PaperProjection.project(List.of(feed, page), SourceRanking.DEFAULT);
		Projection feedOnly = PaperProjection.project(List.of(feed), SourceRanking.DEFAULT);

		// then
		assertThat(both.row().doi()).isEqualTo("10.1145/3580305.3599253");
		assertThat(both.sources()).containsEntry("doi", "digest:html");
		assertThat(feedOnly.row().doi()).isEqualTo("10.48550/arxiv.2504.10068");
	}

	@Test
	void aCustomRankingFlipsTheChoice() {
		// given
		List<Sighting> records = List.of(
				record("digest:arxiv-atom", "a:1", JUL_01).title("Mavors: the Feed's Title")
					.abstractText("The abstract as arXiv's feed gives it.")
					.authors("Ada Lovelace; Charles Babbage")
					.build(),
				record("digest:text", "t:1", JUL_01).title("Mavors: the Newsletter's Title")
					.abstractText("The abstract as the newsletter gives it.")
					.authors("Lovelace, A.; Babbage, C.")
					.build());
		SourceRanking textFirst = new SourceRanking(List.of("digest:text", "digest:arxiv-atom"));

		// when
		Projection byDefault = PaperProjection.project(records, SourceRanking.DEFAULT);
		Projection custom = PaperProjection.project(records, textFirst);

		// then
		assertThat(byDefault.title()).isEqualTo("Mavors: the Feed's Title");
		assertThat(byDefault.row().abstractText()).isEqualTo("The abstract as arXiv's feed gives it.");
		assertThat(byDefault.row().authors()).isEqualTo("Ada Lovelace; Charles Babbage");
		assertThat(custom.title()).isEqualTo("Mavors: the Newsletter's Title");
		assertThat(custom.row().abstractText()).isEqualTo("The abstract as the newsletter gives it.");
		assertThat(custom.row().authors()).isEqualTo("Lovelace, A.; Babbage, C.");
		assertThat(custom.sources()).containsEntry("title", "digest:text")
			.containsEntry("abstract", "digest:text")
			.containsEntry("authors", "digest:text");
	}

	@Test
	void unlistedSourcesRankAfterTheListedOnesInNameOrder() {
		// given a ranking naming neither mail nor html, and the mail seen first
		SourceRanking ranking = new SourceRanking(List.of("digest:text"));
		List<Sighting> records = List.of(record("digest:mail", "m:1", JUL_01).title("Title From Mail").build(),
				record("digest:html", "h:1", AUG_01).title("Title From A Page").build());

		// when
		Projection unlistedOnly = PaperProjection.project(records, ranking);
		List<Sighting> withListed = new ArrayList<>(records);
		withListed.add(record("digest:text", "t:1", SEP_01).title("Title From Text").build());
		Projection withAListedSource = PaperProjection.project(withListed, ranking);

		// then
		assertThat(unlistedOnly.title()).isEqualTo("Title From A Page");
		assertThat(withAListedSource.title()).isEqualTo("Title From Text");
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 2026 })
	void resultDoesNotDependOnTheOrderOfTheRecords(long seed) {
		// given
		List<Sighting> records = richRecords();
		Projection expected = PaperProjection.project(records, SourceRanking.DEFAULT);
		List<Sighting> shuffled = new ArrayList<>(records);
		Collections.shuffle(shuffled, new Random(seed));

		// when
		Projection projection = PaperProjection.project(shuffled, SourceRanking.DEFAULT);

		// then
		assertThat(projection).isEqualTo(expected);
		assertThat(projection.sources()).containsExactlyEntriesOf(expected.sources());
	}

	@Test
	void recordsTiedOnSourceVersionAndDateAreOrderedByTheirOrderKey() {
		// given two text records of one digest, alike but for their wording
		List<Sighting> records = List.of(
				record("digest:text", "d:2", JUL_01).title("Second Entry's Title")
					.abstractText("Second entry's abstract.")
					.build(),
				record("digest:text", "d:1", JUL_01).title("First Entry's Title")
					.abstractText("First entry's abstract..")
					.build());

		// when
		Projection projection = PaperProjection.project(records, SourceRanking.DEFAULT);

		// then
		assertThat(projection.title()).isEqualTo("First Entry's Title");
		assertThat(projection.row().abstractText()).isEqualTo("First entry's abstract..");
	}

	@Test
	void fieldSourcesNameTheSourceOfEveryValue() {
		// when
		Projection projection = PaperProjection.project(richRecords(), SourceRanking.DEFAULT);

		// then
		assertThat(projection.title()).isEqualTo("Mavors v2");
		// the two complete abstracts tie on source, version and date: the order key
		// decides
		assertThat(projection.row()).isEqualTo(new PaperRow(LONG_ABSTRACT.toUpperCase(Locale.ROOT),
				"Ada Lovelace; Charles Babbage; Alan Turing; Kurt Goedel; G. Hopper", "2504.10068", 2,
				"10.1145/3580305.3599253", JUL_01, SEP_01, LocalDate.of(2025, 4, 14), "cs.CV cs.AI cs.CL", "12 pages",
				"KDD 2025", "video; multimodal"));
		assertThat(projection.sources())
			.isEqualTo(Map.ofEntries(Map.entry("title", "digest:arxiv-atom"), Map.entry("abstract", "digest:text"),
					Map.entry("authors", "digest:arxiv-atom"), Map.entry("arxiv_id", "digest:arxiv-atom"),
					Map.entry("doi", "digest:html"), Map.entry("published_on", "digest:hf-json"),
					Map.entry("categories", "digest:arxiv-atom"), Map.entry("comments", "digest:arxiv-atom"),
					Map.entry("journal_ref", "digest:html"), Map.entry("keywords", "digest:hf-json")));
	}

	@Test
	void pdfRanksLastButFillsWhatNoDigestGives() {
		// given a digest record with a title only and the paper's PDF with authors
		List<Sighting> records = List.of(record("digest:text", "t:1", JUL_01).title("T").build(),
				record("pdf", "pdf:http://h/a.pdf", null).authors("Grace Hopper")
					.abstractText("From the PDF.")
					.build());

		// when
		Projection projection = PaperProjection.project(records, SourceRanking.DEFAULT);

		// then
		assertThat(projection.row().authors()).isEqualTo("Grace Hopper");
		assertThat(projection.row().abstractText()).isEqualTo("From the PDF.");
		assertThat(projection.sources()).containsEntry("authors", "pdf").containsEntry("title", "digest:text");
		// a PDF has no digest date
		assertThat(projection.row().firstSeen()).isEqualTo(JUL_01);
		assertThat(projection.row().lastSeen()).isEqualTo(JUL_01);
	}

	@Test
	void recordsWithoutATitleCannotBeProjected() {
		// given
		List<Sighting> records = List.of(record("pdf", "pdf:http://h/a.pdf", null).authors("Grace Hopper").build());

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> PaperProjection.project(records, SourceRanking.DEFAULT))
			.withMessage("no record gives the paper a title");
	}

	/**
	 * Records from five sources, each best at something, with ties that only the order
	 * key breaks.
	 */
	private static List<Sighting> richRecords() {
		return List.of(
				record("digest:arxiv-atom", "a:1", JUL_01).title("Mavors v1")
					.arxiv("2504.10068", 1)
					.authors("Ada Lovelace; Charles Babbage; Alan Turing")
					.abstractText(LONG_ABSTRACT.substring(0, 60))
					.doi("10.48550/arxiv.2504.10068")
					.categories("cs.CV")
					.comments("12 pages")
					.build(),
				record("digest:arxiv-atom", "a:2", AUG_01).title("Mavors v2")
					.arxiv("2504.10068", 2)
					.authors("Ada Lovelace; Charles Babbage; Alan Turing; Kurt Goedel")
					.categories("cs.CV cs.AI")
					.build(),
				record("digest:hf-json", "f:1", AUG_01).title("Mavors (HF)")
					.arxiv("2504.10068", null)
					.published(LocalDate.of(2025, 4, 14))
					.keywords("video; multimodal")
					.build(),
				record("digest:html", "h:1", SEP_01).title("Mavors (page)")
					.doi("10.1145/3580305.3599253")
					.journalRef("KDD 2025")
					.published(LocalDate.of(2025, 4, 15))
					.authors("A. Lovelace; C. Babbage; A. Turing; G. Hopper")
					.build(),
				record("digest:text", "t:2", SEP_01).title("Mavors (text, second)")
					.abstractText(LONG_ABSTRACT)
					.authors("Grace Hopper; Ada Lovelace; Charles Babbage")
					.categories("cs.CL")
					.journalRef("Proc. KDD 2025")
					.build(),
				record("digest:text", "t:1", SEP_01).title("Mavors (text, first)")
					.abstractText(LONG_ABSTRACT.toUpperCase(Locale.ROOT))
					.build());
	}

	private static SightingBuilder record(String source, String order, LocalDate seen) {
		return new SightingBuilder(source, order, seen);
	}

	/** A record with only what a test names. */
	private static final class SightingBuilder {

		private final String source;

		private final String order;

		private final LocalDate seen;

		private String title;

		private String authors;

		private String abstractText;

		private String arxivId;

		private Integer arxivVersion;

		private String doi;

		private LocalDate publishedOn;

		private String categories;

		private String comments;

		private String journalRef;

		private String keywords;

		SightingBuilder(String source, String order, LocalDate seen) {
			this.source = source;
			this.order = order;
			this.seen = seen;
		}

		SightingBuilder title(String title) {
			this.title = title;
			return this;
		}

		SightingBuilder authors(String authors) {
			this.authors = authors;
			return this;
		}

		SightingBuilder abstractText(String abstractText) {
			this.abstractText = abstractText;
			return this;
		}

		SightingBuilder arxiv(String id, Integer version) {
			this.arxivId = id;
			this.arxivVersion = version;
			return this;
		}

		SightingBuilder doi(String doi) {
			this.doi = doi;
			return this;
		}

		SightingBuilder published(LocalDate publishedOn) {
			this.publishedOn = publishedOn;
			return this;
		}

		SightingBuilder categories(String categories) {
			this.categories = categories;
			return this;
		}

		SightingBuilder comments(String comments) {
			this.comments = comments;
			return this;
		}

		SightingBuilder journalRef(String journalRef) {
			this.journalRef = journalRef;
			return this;
		}

		SightingBuilder keywords(String keywords) {
			this.keywords = keywords;
			return this;
		}

		Sighting build() {
			return new Sighting(this.source, this.order, this.seen, this.title, this.authors, this.abstractText,
					this.arxivId, this.arxivVersion, this.doi, this.publishedOn, this.categories, this.comments,
					this.journalRef, this.keywords);
		}

	}

}
