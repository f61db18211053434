package io.digestcatalog.eval.dedupe;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real benchmarks hold their accuracy: floors a little under the measured figures
 * (DBLP-ACM cross-file F1 0.984; Cora pairwise F1 0.858, B-cubed F1 0.906).
 */
class BenchmarkTests {

	private static final Path CORPUS = Path.of(System.getProperty("digestcat.shared"), "corpus");

	@Test
	void dblpAcmCrossFilePairsReachTheirFloor() {
		DblpAcmBenchmark.Result result = DblpAcmBenchmark.run(CORPUS.resolve("dedupe/dblp-acm"));

		assertThat(result.records()).isEqualTo(2616 + 2294);
		assertThat(result.accuracy().actual()).isEqualTo(2224);
		assertThat(result.accuracy().f1()).isGreaterThan(0.98);
		assertThat(result.accuracy().precision()).isGreaterThan(0.975);
		assertThat(result.accuracy().recall()).isGreaterThan(0.98);
		assertThat(result.resolution().stats().candidatePairsPerRecord()).isLessThan(3);
	}

	@Test
	void coraClustersReachTheirFloor() {
		CoraBenchmark.Result result = CoraBenchmark.run(CORPUS.resolve("dedupe/cora"));

		assertThat(result.records()).isEqualTo(1879);
		assertThat(result.trueClusters()).isEqualTo(182);
		assertThat(result.pairwise().f1()).isGreaterThan(0.84);
		assertThat(result.bCubed().f1()).isGreaterThan(0.895);
	}

	@Test
	void aNightlyRunComparesOnlyItsNewRecordsAndEndsAsAFullResolutionWould() {
		Evaluation.Nightly nightly = Evaluation.nightly(CORPUS, 6000, 60, 7);

		assertThat(nightly.sameAsFull()).isTrue();
		assertThat(nightly.row().records()).isEqualTo(60);
		// candidate pairs of the new records only, about as many per record as a full run
		assertThat(nightly.row().candidatePairsPerRecord()).isBetween(0.5, 5.0);
		assertThat(nightly.row().pairwise().f1()).isGreaterThan(0.98);
	}

}
