package io.digestcatalog.core.dedupe;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Dedupe keys: which sightings are one paper, and the paper id they give. */
class DedupeKeyTests {

	private static final DigestRef DIGEST = new DigestRef("0".repeat(64), "digest.txt", "text",
			LocalDate.of(2025, 7, 29), "test");

	@Test
	void paperIdIsDeterministic() {
		// when
		String first = new DedupeKey(DedupeKey.ARXIV, "2504.10068").paperId();
		String again = new DedupeKey(DedupeKey.ARXIV, "2504.10068").paperId();

		// then
		assertThat(first).isEqualTo(again).matches("P[0-9a-f]{16}");
		// pinned: a restarted or later run must assign exactly the ids of earlier runs
		assertThat(first).isEqualTo("P19101f3e26e01c53");
	}

	@Test
	void paperIdDependsOnKindAndValue() {
		assertThat(new DedupeKey(DedupeKey.ARXIV, "2504.10068").paperId())
			.isNotEqualTo(new DedupeKey(DedupeKey.DOI, "2504.10068").paperId())
			.isNotEqualTo(new DedupeKey(DedupeKey.ARXIV, "2504.10069").paperId());
	}

	@Test
	void keysRankArxivThenDoiThenTitle() {
		assertThat(List.of(new DedupeKey("title", "t"), new DedupeKey("doi", "d"), new DedupeKey("arxiv", "a")))
			.extracting(DedupeKey::rank)
			.containsExactly(2, 1, 0);
	}

	@Test
	void unknownKindIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DedupeKey("isbn", "123"));
	}

	@Test
	void keyPrintsAsKindColonValue() {
		assertThat(new DedupeKey(DedupeKey.DOI, "10.1145/abc")).hasToString("doi:10.1145/abc");
	}

	@Test
	void entryWithOwnIdentifiersHasTheirKeysBeforeItsTitle() {
		// given
		DigestEntry entry = new DigestEntry(DIGEST, 1, 1, "Mavors", "", List.of(),
				ArxivId.parse("2504.10068v2").orElseThrow(), new Doi("10.1145/ABC"));
		NormalizedTitle title = NormalizedTitle.of(entry.title());

		// when
		List<DedupeKey> keys = DedupeKeys.of(entry, title);

		// then
		assertThat(keys).containsExactly(new DedupeKey("arxiv", "2504.10068"), new DedupeKey("doi", "10.1145/abc"),
				new DedupeKey("title", title.hash()));
	}

	@Test
	void entryWithTitleOnlyHasTheTitleKey() {
		// given
		DigestEntry entry = DigestEntry.of(DIGEST, 1, 1, "Mavors", "Cites arXiv:2401.00001 and 10.1145/xyz.");

		// when
		List<DedupeKey> keys = DedupeKeys.of(entry, NormalizedTitle.of(entry.title()));

		// then
		assertThat(keys).containsExactly(new DedupeKey("title", NormalizedTitle.of("mavors").hash()));
	}

}
