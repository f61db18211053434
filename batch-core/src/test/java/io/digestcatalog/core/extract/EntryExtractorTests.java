package io.digestcatalog.core.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.digestcatalog.core.dedupe.DedupeKey;
import io.digestcatalog.core.dedupe.NormalizedTitle;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestRef;

import static org.assertj.core.api.Assertions.assertThat;

/** What an entry is (its keys) is kept apart from what it cites (its mentions). */
class EntryExtractorTests {

	private static final DigestRef DIGEST = new DigestRef("1".repeat(64), "digest.txt", "text",
			LocalDate.of(2025, 7, 29), "test");

	@Test
	void arxivIdCitedInTheAbstractIsAMentionAndNoKey() {
		// given
		DigestEntry entry = DigestEntry.of(DIGEST, 1, 13, "Better Video Models",
				"We improve on Mavors (arXiv:2504.10068) and DOI 10.1145/3580305.3599253.");

		// when
		ExtractedEntry extracted = EntryExtractor.extract(entry);

		// then
		assertThat(extracted.keys()).extracting(DedupeKey::kind).containsExactly(DedupeKey.TITLE);
		assertThat(extracted.keys()).noneMatch(k -> k.value().equals("2504.10068"));
		assertThat(extracted.mentions()).containsExactlyInAnyOrder(new Identifier("arxiv", "2504.10068"),
				new Identifier("doi", "10.1145/3580305.3599253"));
	}

	@Test
	void entrysOwnIdentifiersAreKeysAndNoMentions() {
		// given an abstract that cites the entry's own id and DOI, and another paper
		DigestEntry entry = new DigestEntry(DIGEST, 1, 13, "Mavors",
				"See arXiv:2504.10068v1, doi:10.1145/ABC " + "and arXiv:2401.00001.", List.of("A. Author"),
				ArxivId.parse("2504.10068v2").orElseThrow(), new Doi("10.1145/abc"));

		// when
		ExtractedEntry extracted = EntryExtractor.extract(entry);

		// then
		assertThat(extracted.keys()).extracting(DedupeKey::kind)
			.containsExactly(DedupeKey.ARXIV, DedupeKey.DOI, DedupeKey.TITLE);
		assertThat(extracted.mentions()).containsExactly(new Identifier("arxiv", "2401.00001"));
	}

	@Test
	void linksOfTitleAndAbstractAreMergedWithoutDuplicates() {
		// given
		DigestEntry entry = DigestEntry.of(DIGEST, 1, 13, "Demo at https://x.github.io/demo",
				"Code: https://github.com/x/demo.git; page: https://x.github.io/demo/.");

		// when
		ExtractedEntry extracted = EntryExtractor.extract(entry);

		// then
		assertThat(extracted.links()).extracting(Link::url)
			.containsExactly("https://x.github.io/demo", "https://github.com/x/demo");
		assertThat(extracted.title()).isEqualTo(NormalizedTitle.of("demo at https x github io demo"));
	}

}
