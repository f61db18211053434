package io.digestcatalog.eval.dedupe;

import java.nio.file.Path;
import java.util.HashSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic benchmark: reproducible, realistic, and resolved accurately at 10k. */
class SyntheticCorpusTests {

	private static final Path CORPUS = Path.of(System.getProperty("digestcat.shared"), "corpus");

	private static RealBibliography bibliography;

	@BeforeAll
	static void load() {
		bibliography = RealBibliography.load(CORPUS);
	}

	@Test
	void theBibliographyHoldsRealTitlesNamesAndVenuesFromEveryCorpus() {
		assertThat(bibliography.titles()).hasSizeGreaterThan(2500)
			.contains("Mavors: Multi-granularity Video Representation for Multimodal Large Language Model");
		assertThat(bibliography.authors()).hasSizeGreaterThan(5000).contains("Michael Stonebraker");
		assertThat(bibliography.venues()).contains("VLDB");
	}

	@Test
	void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
		SyntheticCorpus first = SyntheticCorpus.generate(bibliography, 2000, 1);
		SyntheticCorpus again = SyntheticCorpus.generate(bibliography, 2000, 1);
		SyntheticCorpus other = SyntheticCorpus.generate(bibliography, 2000, 2);

		assertThat(again).isEqualTo(first);
		assertThat(other.records()).isNotEqualTo(first.records());
		assertThat(first.records()).hasSize(2000);
		assertThat(new HashSet<>(first.truth().values()).size()).isBetween(700, 1300);
	}

	@Test
	void tenThousandRecordsResolveAccuratelyWithFewCandidatePairs() {
		EvaluationRow row = Evaluation.synthetic(CORPUS, 10_000, 42);

		assertThat(row.records()).isEqualTo(10_000);
		assertThat(row.pairwise().f1()).isGreaterThan(0.98);
		assertThat(row.bCubed().f1()).isGreaterThan(0.99);
		assertThat(row.candidatePairsPerRecord()).isLessThan(3);
	}

}
