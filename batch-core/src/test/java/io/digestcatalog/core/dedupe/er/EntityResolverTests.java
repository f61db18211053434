package io.digestcatalog.core.dedupe.er;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.digestcatalog.core.extract.ArxivId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Clusters from whole batches: explained, guarded against chains, order-free. */
class EntityResolverTests {

	static List<ResolutionRecord> sample() {
		List<String> authors = List.of("Ada Lovelace", "Charles Babbage");
		return List.of(
				ResolutionRecord.of("a1", "Analytical Engines for Symbolic Computation")
					.withAuthors(authors)
					.withYear(1843),
				ResolutionRecord.of("a2", "ANALYTICAL ENGINES FOR SYMBOLIC COMPUTATION.")
					.withAuthors(List.of("Lovelace, A.", "Babbage, C."))
					.withYear(1843),
				ResolutionRecord.of("a3", "Analytical engines for symbolic computaton")
					.withAuthors(List.of("?"))
					.withYear(1844),
				ResolutionRecord.of("b1", "Notes on the Difference Engine and its Tables")
					.withAuthors(List.of("Charles Babbage"))
					.withYear(1822)
					.withArxivId(new ArxivId("1501.00001", 1)),
				ResolutionRecord.of("b2", "A different title altogether").withArxivId(new ArxivId("1501.00001", 2)),
				ResolutionRecord.of("c1", "Introduction").withAuthors(List.of("Grace Hopper")).withYear(1952),
				ResolutionRecord.of("c2", "Introduction").withAuthors(List.of("Alan Turing")).withYear(1952),
				ResolutionRecord.of("d1", "Compilers for Business Data Processing Languages")
					.withAuthors(List.of("Grace Hopper"))
					.withYear(1959));
	}

	@Test
	void groupsSightingsOfOnePaperAndExplainsEachLink() {
		Resolution resolution = new EntityResolver().resolve(sample());

		assertThat(resolution.clusters()).extracting(Cluster::recordIds)
			.containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1"), List.of("c2"),
					List.of("d1"));
		assertThat(resolution.decisions())
			.extracting(MergeDecision::recordA, MergeDecision::recordB, MergeDecision::rule)
			.contains(org.assertj.core.groups.Tuple.tuple("b1", "b2", MatchRule.ARXIV_ID),
					org.assertj.core.groups.Tuple.tuple("a1", "a2", MatchRule.SIMILARITY));
		assertThat(resolution.decisions()).allSatisfy(d -> assertThat(d.reason()).isNotBlank());
		assertThat(resolution.stats().records()).isEqualTo(8);
		assertThat(resolution.stats().clusters()).isEqualTo(5);
		assertThat(resolution.clusterIdByRecord()).containsEntry("a3", "a1").containsEntry("d1", "d1");
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 2026 })
	void shuffledInputGivesIdenticalClustersAndDecisions(long seed) {
		Resolution expected = new EntityResolver().resolve(sample());
		List<ResolutionRecord> shuffled = new ArrayList<>(sample());
		Collections.shuffle(shuffled, new Random(seed));

		Resolution resolution = new EntityResolver().resolve(shuffled);

		assertThat(resolution).isEqualTo(expected);
	}

	@Test
	void aChainOfLinksCannotJoinTwoArxivIds() {
		// given two preprints with different ids and a sighting without id that matches
		// both
		String title = "Graph Neural Networks for Molecule Generation";
		List<String> authors = List.of("Marie Curie");
		ResolutionRecord first = ResolutionRecord.of("x1", title)
			.withAuthors(authors)
			.withYear(2021)
			.withArxivId(new ArxivId("2101.00001", 1));
		ResolutionRecord second = ResolutionRecord.of("x2", title)
			.withAuthors(authors)
			.withYear(2021)
			.withArxivId(new ArxivId("2102.00002", 1));
		ResolutionRecord bridge = ResolutionRecord.of("x3", title).withAuthors(authors).withYear(2021);

		Resolution resolution = new EntityResolver().resolve(List.of(first, second, bridge));

		assertThat(resolution.clusters()).hasSize(2);
		assertThat(resolution.refused()).singleElement().satisfies(refused -> {
			assertThat(refused.reason()).contains("refused: would join arXiv ids");
			assertThat(refused.recordB()).isEqualTo("x3");
		});
	}

	@Test
	void mustLinkJoinsRecordsNothingElseWouldAndCannotLinkSplitsChains() {
		List<ResolutionRecord> records = sample();
		Overrides overrides = new Overrides(Set.of(RecordPair.of("d1", "c1")), Set.of(RecordPair.of("a3", "a1")));

		Resolution resolution = new EntityResolver(overrides).resolve(records);

		assertThat(resolution.clusterIdByRecord().get("d1")).isEqualTo("c1");
		assertThat(resolution.clusterIdByRecord().get("a3")).isNotEqualTo(resolution.clusterIdByRecord().get("a1"));
		assertThat(resolution.decisions()).anySatisfy(d -> {
			assertThat(d.rule()).isEqualTo(MatchRule.MUST_LINK);
			assertThat(d.reason()).isEqualTo("operator must-link");
		});
	}

	@Test
	void cannotLinkStopsAChainThroughAThirdRecord() {
		// given a1 - a2 - a3 all alike, an operator says a1 and a3 differ
		Overrides overrides = new Overrides(Set.of(), Set.of(RecordPair.of("a1", "a2")));

		Resolution resolution = new EntityResolver(overrides).resolve(sample());

		assertThat(resolution.clusterIdByRecord().get("a1")).isNotEqualTo(resolution.clusterIdByRecord().get("a2"));
		assertThat(resolution.refused()).anySatisfy(r -> assertThat(r.reason()).contains("operator cannot-link"));
	}

	@Test
	void contradictoryOverridesAndDuplicateIdsAreRejected() {
		RecordPair pair = RecordPair.of("a", "b");
		assertThatIllegalArgumentException().isThrownBy(() -> new Overrides(Set.of(pair), Set.of(pair)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EntityResolver()
				.resolve(List.of(ResolutionRecord.of("a", "x"), ResolutionRecord.of("a", "y"))))
			.withMessageContaining("duplicate record id a");
		assertThatIllegalArgumentException().isThrownBy(() -> new RecordPair("b", "a"));
	}

}
