package io.digestcatalog.eval.dedupe;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Pairwise and B-cubed accuracy of a clustering, worked by hand. */
class ClusterMetricsTests {

	// truth {a,b,c} {d}; predicted {a,b} {c,d}
	private static final Map<String, String> TRUTH = Map.of("a", "1", "b", "1", "c", "1", "d", "2");

	private static final Map<String, String> PREDICTED = Map.of("a", "x", "b", "x", "c", "y", "d", "y");

	@Test
	void pairwiseCountsPairsOfTheTransitiveClosure() {
		PairAccuracy accuracy = ClusterMetrics.pairwise(PREDICTED, TRUTH);

		// predicted pairs ab, cd; true pairs ab, ac, bc
		assertThat(accuracy).isEqualTo(new PairAccuracy(1, 2, 3));
		assertThat(accuracy.precision()).isEqualTo(0.5);
		assertThat(accuracy.recall()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(accuracy.f1()).isCloseTo(0.4, within(1e-9));
	}

	@Test
	void bCubedAveragesPerRecordPrecisionAndRecall() {
		BCubed accuracy = ClusterMetrics.bCubed(PREDICTED, TRUTH);

		// precision a 1, b 1, c 1/2, d 1/2; recall a 2/3, b 2/3, c 1/3, d 1
		assertThat(accuracy.precision()).isCloseTo(0.75, within(1e-9));
		assertThat(accuracy.recall()).isCloseTo(2.0 / 3, within(1e-9));
	}

	@Test
	void aPerfectClusteringScoresOne() {
		assertThat(ClusterMetrics.pairwise(TRUTH, TRUTH).f1()).isEqualTo(1.0);
		assertThat(ClusterMetrics.bCubed(TRUTH, TRUTH).f1()).isEqualTo(1.0);
	}

}
