package io.digestcatalog.eval.dedupe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.digestcatalog.core.dedupe.er.EntityResolver;
import io.digestcatalog.core.dedupe.er.Overrides;
import io.digestcatalog.core.dedupe.er.RecordPair;
import io.digestcatalog.core.dedupe.er.Resolution;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.dedupe.er.ResolverIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Adding records in batches ends exactly where resolving them all at once does. */
class ResolverIndexTests {

	private static List<ResolutionRecord> records;

	@BeforeAll
	static void generate() {
		Path corpus = Path.of(System.getProperty("digestcat.shared"), "corpus");
		records = SyntheticCorpus.generate(RealBibliography.load(corpus), 4000, 7).records();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 7 })
	void batchesGiveTheClustersDecisionsAndCountsOfAFullRebuild(int batches) {
		Overrides overrides = new Overrides(Set.of(RecordPair.of(records.get(0).id(), records.get(3999).id())),
				Set.of(RecordPair.of(records.get(1).id(), records.get(2).id())));
		EntityResolver resolver = new EntityResolver(overrides);
		Resolution full = resolver.resolve(records);

		ResolverIndex index = resolver.newIndex();
		int size = (records.size() + batches - 1) / batches;
		for (int from = 0; from < records.size(); from += size) {
			index.add(records.subList(from, Math.min(records.size(), from + size)));
		}

		assertThat(index.resolution()).isEqualTo(full);
		assertThat(full.clusters().size()).isLessThan(records.size());
	}

	@Test
	void anIndexRestoredFromAResolutionResolvesNewRecordsAsAFullRebuild() {
		EntityResolver resolver = new EntityResolver();
		List<ResolutionRecord> old = records.subList(0, 2500);
		Resolution earlier = resolver.resolve(old);

		ResolverIndex index = resolver.restore(old, earlier);
		index.add(records.subList(2500, records.size()));

		assertThat(index.resolution()).isEqualTo(resolver.resolve(records));
	}

	@Test
	void newRecordsJoinTheClustersTheyBelongTo() {
		ResolverIndex index = new EntityResolver().newIndex();
		index.add(List.of(ResolutionRecord.of("old", "Deep Residual Learning for Image Recognition")
			.withAuthors(List.of("Kaiming He"))
			.withYear(2016)));

		index.add(List.of(ResolutionRecord.of("new", "Deep residual learning for image recognition.")
			.withAuthors(List.of("He, K."))
			.withYear(2015)));

		assertThat(index.clusterOf("new")).isEqualTo("new");
		assertThat(index.clusterOf("old")).isEqualTo("new");
		assertThat(index.size()).isEqualTo(2);
		assertThatIllegalArgumentException().isThrownBy(() -> index.add(List.of(ResolutionRecord.of("old", "x"))));
	}

	@Test
	void restoringRejectsAResolutionOfOtherRecords() {
		EntityResolver resolver = new EntityResolver();
		Resolution earlier = resolver.resolve(records.subList(0, 10));
		List<ResolutionRecord> others = new ArrayList<>(records.subList(10, 20));

		assertThatIllegalArgumentException().isThrownBy(() -> resolver.restore(others, earlier));
	}

}
