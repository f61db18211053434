package io.digestcatalog.eval.digests;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.eval.digests.RealisticDigests.HardNegative;
import io.digestcatalog.eval.digests.RealisticDigests.Sighting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog on realistic daily digests, loaded through the real catalog: it must beat
 * the word-Jaccard baseline at the baseline's best threshold and merge no hard negative.
 */
class RealisticEvaluationTests {

	static final Path CORPUS = Path.of(System.getProperty("digestcat.shared", "../shared"), "corpus");

	@TempDir
	Path dir;

	@Test
	void theDigestsAreDeterministicAndCarryWhatRealDigestsCarry() {
		List<RealPaper> real = RealPapers.load(CORPUS);
		RealisticDigests digests = RealisticDigests.generate(real, 60, 42);

		assertThat(RealisticDigests.generate(real, 60, 42)).isEqualTo(digests);
		assertThat(real).hasSize(519);
		List<Sighting> all = digests.digests().stream().flatMap(d -> d.entries().stream()).toList();
		Set<String> seen = new HashSet<>();
		long repeats = all.stream().filter(s -> !seen.add(s.truth())).count();
		assertThat((double) repeats / all.size()).isBetween(0.35, 0.6);
		assertThat(digests.digests().stream().map(RealisticDigests.Digest::format).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(RealisticDigests.TEXT, RealisticDigests.HF_JSON, RealisticDigests.ARXIV_EMAIL);
		assertThat(digests.digests()
			.stream()
			.filter(d -> d.format().equals(RealisticDigests.TEXT))
			.flatMap(d -> d.entries().stream())).allMatch(s -> s.arxivId() == null && s.authors().isEmpty());
		assertThat(all.stream().map(Sighting::perturbation).collect(Collectors.toSet())).contains("truncated", "markup",
				"dropped-word", "typo", "abstract-cut", "abstract-revised");
		assertThat(digests.hardNegatives().stream().map(HardNegative::kind).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("mined", "variant", "-V2", "point-release", "qualifier");
		// each hard negative is listed together in one text digest
		for (HardNegative n : digests.hardNegatives()) {
			assertThat(digests.digests().stream().filter(d -> d.format().equals(RealisticDigests.TEXT)).anyMatch(d -> {
				Set<String> truths = d.entries().stream().map(Sighting::truth).collect(Collectors.toSet());
				return truths.contains(n.truthA()) && truths.contains(n.truthB());
			})).as(n.toString()).isTrue();
		}
	}

	@Test
	void theCatalogBeatsTheBaselineAndMergesNoHardNegative() {
		RealisticEvaluation.Result result = RealisticEvaluation.run(CORPUS, 60, 42, this.dir);

		assertThat(result.rejected()).isZero();
		assertThat(result.resolver().hardNegativeMerges()).as("hard negatives merged: %s", result.resolver().merged())
			.isZero();
		assertThat(result.resolver().accuracy().f1()).isGreaterThan(result.baseline().accuracy().f1());
		assertThat(result.resolver().accuracy().precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(result.resolver().accuracy().recall()).isGreaterThanOrEqualTo(0.99);
		// every cut title joined its paper
		int[] truncated = result.resolver().joined().get("truncated");
		assertThat(truncated[0]).isEqualTo(truncated[1]).isPositive();
	}

}
