package io.digestcatalog.core.dedupe.er;

import java.util.List;

import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that keep different papers apart, and the variants they must not split. */
class PairGuardTests {

	private static final String TITLE = "Scalable Entity Resolution with Learned Blocking Functions";

	private static final List<String> AUTHORS = List.of("Ada Lovelace", "Charles Babbage");

	private final EntityResolver resolver = new EntityResolver();

	private static ResolutionRecord paper(String id) {
		return ResolutionRecord.of(id, TITLE).withAuthors(AUTHORS).withYear(2021);
	}

	private static Doi doi(String value) {
		return Doi.parse(value).orElseThrow();
	}

	@Test
	void differentPublisherDoisNeverMergeEvenWithIdenticalMetadata() {
		ResolutionRecord a = paper("a").withDois(List.of(doi("10.1145/1111.2222")));
		ResolutionRecord b = paper("b").withDois(List.of(doi("https://doi.org/10.1007/978-3-030")));

		PairDecision decision = this.resolver.explain(a, b);

		assertThat(decision.match()).isFalse();
		assertThat(decision.rule()).isEqualTo(MatchRule.DOI);
		assertThat(decision.reason()).contains("different publisher DOIs");
		assertThat(this.resolver.resolve(List.of(a, b)).clusters()).hasSize(2);
	}

	@Test
	void sameDoiInAnotherCaseAndPrefixIsOnePaper() {
		ResolutionRecord a = paper("a").withDois(List.of(doi("doi:10.1145/ABC.123")));
		ResolutionRecord b = ResolutionRecord.of("b", "A completely different title")
			.withDois(List.of(doi("https://doi.org/10.1145/abc.123")));

		PairDecision decision = this.resolver.explain(a, b);

		assertThat(decision.match()).isTrue();
		assertThat(decision.rule()).isEqualTo(MatchRule.DOI);
	}

	@Test
	void arxivDoiBesideJournalDoiIsThePreprintOfThatPaper() {
		// given the preprint by its arXiv id, and the journal version listing both DOIs
		ResolutionRecord preprint = paper("preprint").withArxivId(ArxivId.parse("2101.00001v2").orElseThrow());
		ResolutionRecord journal = paper("journal")
			.withDois(List.of(doi("10.48550/arXiv.2101.00001"), doi("10.1016/j.artint.2022.1")));

		PairDecision decision = this.resolver.explain(preprint, journal);

		assertThat(decision.match()).isTrue();
		assertThat(decision.rule()).isEqualTo(MatchRule.ARXIV_ID);
		assertThat(this.resolver.resolve(List.of(preprint, journal)).clusters()).hasSize(1);
	}

	@Test
	void arxivDoiAloneDoesNotConflictWithAPublisherDoi() {
		ResolutionRecord preprint = paper("preprint").withDois(List.of(doi("10.48550/arXiv.2101.00001")));
		ResolutionRecord journal = paper("journal").withDois(List.of(doi("10.1016/j.artint.2022.1")));

		assertThat(this.resolver.explain(preprint, journal).match()).isTrue();
	}

	@Test
	void differentArxivIdsNeverMerge() {
		ResolutionRecord a = paper("a").withArxivId(ArxivId.parse("2101.00001").orElseThrow());
		ResolutionRecord b = paper("b").withArxivId(ArxivId.parse("2101.00002v3").orElseThrow());

		PairDecision decision = this.resolver.explain(a, b);

		assertThat(decision.match()).isFalse();
		assertThat(decision.reason()).contains("different arXiv ids");
	}

	@Test
	void arxivVersionsAreOnePaper() {
		ResolutionRecord v1 = ResolutionRecord.of("v1", "Old title").withArxivId(new ArxivId("2101.00001", 1));
		ResolutionRecord v3 = ResolutionRecord.of("v3", "Renamed later").withArxivId(new ArxivId("2101.00001", 3));

		assertThat(this.resolver.explain(v1, v3).rule()).isEqualTo(MatchRule.ARXIV_ID);
		assertThat(this.resolver.explain(v1, v3).match()).isTrue();
	}

	@Test
	void genericIntroductionWithDifferentAuthorsStaysApart() {
		ResolutionRecord a = ResolutionRecord.of("a", "Introduction").withAuthors(List.of("Jane Doe")).withYear(2020);
		ResolutionRecord b = ResolutionRecord.of("b", "Introduction").withAuthors(List.of("John Roe")).withYear(2020);

		PairDecision decision = this.resolver.explain(a, b);

		assertThat(decision.match()).isFalse();
		assertThat(decision.reason()).contains("generic title needs shared authors");
	}

	@Test
	void genericIntroductionOfTheSameAuthorsInAnotherYearStaysApart() {
		ResolutionRecord a = ResolutionRecord.of("a", "Editorial").withAuthors(List.of("Jane Doe")).withYear(2020);
		ResolutionRecord b = ResolutionRecord.of("b", "Editorial.").withAuthors(List.of("Doe, J.")).withYear(2021);
		ResolutionRecord c = ResolutionRecord.of("c", "EDITORIAL").withAuthors(List.of("J. Doe")).withYear(2020);

		assertThat(this.resolver.explain(a, b).match()).isFalse();
		assertThat(this.resolver.explain(a, b).reason()).contains("the same year");
		assertThat(this.resolver.explain(a, c).match()).isTrue();
	}

	@Test
	void minitrackIntroductionsOfTwoYearsStayApart() {
		List<String> chairs = List.of("Jane Doe", "John Roe");
		ResolutionRecord a = ResolutionRecord.of("a", "Introduction to the Minitrack on Digital Government")
			.withAuthors(chairs)
			.withYear(2019);
		ResolutionRecord b = ResolutionRecord.of("b", "Introduction to the Minitrack on Digital Government")
			.withAuthors(chairs)
			.withYear(2020);

		assertThat(this.resolver.explain(a, b).match()).isFalse();
		assertThat(this.resolver.resolve(List.of(a, b)).clusters()).hasSize(2);
	}

	@Test
	void latexAndHtmlSpellingsOfATitleMerge() {
		ResolutionRecord latex = ResolutionRecord
			.of("latex", "Schr{\\\"o}dinger Bridges for $\\alpha$-Divergences \\& G\\'en\\'eration")
			.withAuthors(AUTHORS);
		ResolutionRecord html = ResolutionRecord
			.of("html", "Schr&ouml;dinger <i>Bridges</i> for &#x3B1;-divergences &amp; G&eacute;n&eacute;ration")
			.withAuthors(AUTHORS);
		ResolutionRecord unicode = ResolutionRecord.of("unicode", "SCHRÖDINGER BRIDGES FOR α-DIVERGENCES & GÉNÉRATION")
			.withAuthors(AUTHORS);

		assertThat(this.resolver.explain(latex, html).match()).isTrue();
		assertThat(this.resolver.explain(latex, unicode).match()).isTrue();
		assertThat(this.resolver.explain(latex, unicode).reason()).contains("title 1.00");
	}

	@Test
	void lastFirstAndFirstLastNamesAreTheSameAuthors() {
		ResolutionRecord a = paper("a").withAuthors(List.of("Lovelace, Ada", "Babbage, C."));
		ResolutionRecord b = paper("b").withAuthors(List.of("A. Lovelace", "Charles Babbage"));

		assertThat(this.resolver.explain(a, b).reason()).contains("authors 2.0 of 2/2");
	}

	@Test
	void missingAndQuestionMarkAuthorsAreUnknownRatherThanConflicting() {
		ResolutionRecord a = paper("a").withAuthors(List.of("?"));
		ResolutionRecord b = paper("b").withAuthors(List.of());
		ResolutionRecord c = paper("c");

		assertThat(this.resolver.explain(a, c).match()).isTrue();
		assertThat(this.resolver.explain(a, c).reason()).contains("authors unknown");
		assertThat(this.resolver.explain(b, c).match()).isTrue();
	}

	@Test
	void yearsOneApartMergeAsPreprintAndPublication() {
		ResolutionRecord a = paper("a").withYear(2020).withVenue("arXiv preprint");
		ResolutionRecord b = paper("b").withYear(2021).withVenue("Proceedings of VLDB");

		assertThat(this.resolver.explain(a, b).match()).isTrue();
	}

	@Test
	void differentAuthorsOnTheSameTitleSpeakAgainstAMatch() {
		ResolutionRecord a = paper("a");
		ResolutionRecord b = paper("b").withAuthors(List.of("Grace Hopper", "Alan Turing"));

		assertThat(this.resolver.explain(a, b).match()).isFalse();
	}

	@Test
	void aJournalArticleAndAConferencePaperAreDifferentPublications() {
		ResolutionRecord a = paper("a").withVenue("ACM Transactions on Database Systems");
		ResolutionRecord b = paper("b").withVenue("Proceedings of the SIGMOD Conference");

		assertThat(this.resolver.explain(a, b).match()).isFalse();
	}

	@Test
	void partsOfASeriesAndCommentsOnAPaperAreDifferentTexts() {
		ResolutionRecord partOne = ResolutionRecord.of("one", "Database Tuning Techniques (Part I)").withYear(2002);
		ResolutionRecord partTwo = ResolutionRecord.of("two", "Database Tuning Techniques (Part II)").withYear(2002);
		ResolutionRecord addendum = paper("addendum").withTitle("Addendum to " + TITLE);

		assertThat(this.resolver.explain(partOne, partTwo).match()).isFalse();
		assertThat(this.resolver.explain(paper("p"), addendum).match()).isFalse();
	}

	@Test
	void titlesThatDifferAreNotMergedBySharedAuthorsAndYear() {
		ResolutionRecord a = paper("a");
		ResolutionRecord b = paper("b").withTitle("Learned Index Structures for Spatial Joins");

		PairDecision decision = this.resolver.explain(a, b);

		assertThat(decision.match()).isFalse();
		assertThat(decision.reason()).startsWith("titles differ");
	}

	@Test
	void aTitleWithItsSubtitleMatchesTheTitle() {
		ResolutionRecord a = paper("a").withTitle("Scalable Entity Resolution");
		ResolutionRecord b = paper("b").withTitle("Scalable Entity Resolution: Learned Blocking at a Billion Records");

		assertThat(this.resolver.explain(a, b).match()).isTrue();
		assertThat(this.resolver.explain(a, b).reason()).contains("as title and subtitle");
	}

	@Test
	void everyMatchExplainsItsEvidence() {
		PairDecision decision = this.resolver.explain(paper("a"), paper("b").withTitle(TITLE.toUpperCase()));

		assertThat(decision.match()).isTrue();
		assertThat(decision.rule()).isEqualTo(MatchRule.SIMILARITY);
		assertThat(decision.score()).isGreaterThan(0.9);
		assertThat(decision.reason()).contains("title 1.00", "authors 2.0 of 2/2", "year gap 0", "prior");
	}

}
