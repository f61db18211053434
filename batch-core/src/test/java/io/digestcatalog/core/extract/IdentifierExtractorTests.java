package io.digestcatalog.core.extract;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Identifiers cited in prose are found as mentions. */
class IdentifierExtractorTests {

	@Test
	void arxivIdsAreFoundAfterThePrefixOrInArxivUrls() {
		// given
		String text = "We extend Mavors (arXiv:2504.10068) and follow https://arxiv.org/abs/2401.00001v2, "
				+ "see also arxiv.org/pdf/1412.6980 and arXiv 1706.03762v7.";

		// when
		Set<Identifier> mentions = IdentifierExtractor.mentions(text);

		// then
		assertThat(mentions).containsExactly(arxiv("2504.10068"), arxiv("2401.00001"), arxiv("1412.6980"),
				arxiv("1706.03762"));
	}

	@Test
	void oldStyleArxivIdsAreFound() {
		assertThat(IdentifierExtractor.mentions("as in arXiv:hep-th/9901001v2 and arXiv:math.GT/0309136."))
			.containsExactly(arxiv("hep-th/9901001"), arxiv("math.GT/0309136"));
	}

	@Test
	void bareNumbersAndInvalidIdsAreNoArxivMention() {
		assertThat(IdentifierExtractor.mentions("accuracy rose from 2504.10068 to 2513.10068; arXiv:2513.10068"))
			.isEmpty();
	}

	@Test
	void idFollowedByMoreDigitsIsNoMention() {
		assertThat(IdentifierExtractor.mentions("arXiv:2504.100689 and arXiv:hep-th/99010012")).isEmpty();
	}

	@Test
	void doisAreFoundLowerCasedWithoutTrailingPunctuation() {
		// given
		String text = "Published as 10.1145/3580305.3599253. Data: https://doi.org/10.5281/ZENODO.1234567; "
				+ "(doi:10.1109/CVPR.2016.90)";

		// when
		Set<Identifier> mentions = IdentifierExtractor.mentions(text);

		// then
		assertThat(mentions).containsExactly(doi("10.1145/3580305.3599253"), doi("10.5281/zenodo.1234567"),
				doi("10.1109/cvpr.2016.90"));
	}

	@Test
	void versionNumbersThatLookLikeDoisAreNot() {
		assertThat(IdentifierExtractor.mentions("tested on v2.10.1234/x and 210.1234/5")).isEmpty();
	}

	@Test
	void sameIdentifierCitedTwiceIsOneMention() {
		assertThat(IdentifierExtractor.mentions("arXiv:2504.10068v1 and arXiv:2504.10068v2"))
			.containsExactly(arxiv("2504.10068"));
	}

	@Test
	void textWithoutIdentifiersHasNoMentions() {
		assertThat(IdentifierExtractor.mentions("Plain prose.")).isEmpty();
		assertThat(IdentifierExtractor.mentions("")).isEmpty();
		assertThat(IdentifierExtractor.mentions(null)).isEmpty();
	}

	private static Identifier arxiv(String id) {
		return new Identifier(Identifier.ARXIV, id);
	}

	private static Identifier doi(String value) {
		return new Identifier(Identifier.DOI, value);
	}

}
