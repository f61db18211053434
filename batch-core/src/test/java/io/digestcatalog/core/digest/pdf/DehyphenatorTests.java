package io.digestcatalog.core.digest.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Mending words broken at line ends, and keeping the hyphens of compounds. */
class DehyphenatorTests {

	private final Dehyphenator dehyphenator = new Dehyphenator();

	@Test
	void syllablesOfAHyphenatedWordAreJoined() {
		assertThat(this.dehyphenator.keepsHyphen("into latent represen-", "tations through two")).isFalse();
		assertThat(this.dehyphenator.keepsHyphen("we pro-", "pose Mavors")).isFalse();
	}

	@Test
	void nextFragmentStartingWithACapitalOrDigitKeepsTheHyphen() {
		assertThat(this.dehyphenator.keepsHyphen("a Multi-", "Granular framework")).isTrue();
		assertThat(this.dehyphenator.keepsHyphen("unlike GPT-", "4 models")).isTrue();
	}

	@Test
	void urlsChainsAcronymsAndNumbersKeepTheHyphen() {
		assertThat(this.dehyphenator.keepsHyphen("page: https://zhao-", "yian.github.io/GraCo.")).isTrue();
		assertThat(this.dehyphenator.keepsHyphen("outperforms state-of-the-", "art methods")).isTrue();
		assertThat(this.dehyphenator.keepsHyphen("for AutoML-", "based search")).isTrue();
		assertThat(this.dehyphenator.keepsHyphen("rarely 3D-", "consistent")).isTrue();
	}

	@Test
	void spellingUsedElsewhereInThePrintDecides() {
		// given
		this.dehyphenator.learn("we lift view-inconsistent segmentations from precomputed features");
		this.dehyphenator.learn("precomputed once, the view-inconsistent masks");

		// when / then
		assertThat(this.dehyphenator.keepsHyphen("lifting view-", "inconsistent image")).isTrue();
		assertThat(this.dehyphenator.keepsHyphen("from pre-", "computed features")).isFalse();
	}

	@Test
	void partsThatAreWordsOfThePrintMakeACompound() {
		// given
		this.dehyphenator.learn("as the camera viewpoint changes, consistency suffers");

		// when / then
		assertThat(this.dehyphenator.keepsHyphen("improved viewpoint-", "consistency.")).isTrue();
	}

	@Test
	void knownCompoundPartsKeepTheHyphen() {
		assertThat(this.dehyphenator.keepsHyphen("a self-", "supervised learner")).isTrue();
		assertThat(this.dehyphenator.keepsHyphen("with cardinality-", "aware ranking")).isTrue();
	}

	@Test
	void brokenWordNeedsALetterOrDigitBeforeItsHyphen() {
		assertThat(Dehyphenator.endsInBrokenWord("fine-")).isTrue();
		assertThat(Dehyphenator.endsInBrokenWord("Upsampling --")).isFalse();
		assertThat(Dehyphenator.endsInBrokenWord("a dash -")).isFalse();
		assertThat(Dehyphenator.endsInBrokenWord("-")).isFalse();
	}

	@Test
	void brokenWordsAreNotLearnedAsWords() {
		// given the only "fine" of the print is the broken head of "fine-grained"
		this.dehyphenator.learn("retention of fine-");

		// when / then
		assertThat(this.dehyphenator.keepsHyphen("the fine-", "tuning")).isTrue();
		assertThat(this.dehyphenator.keepsHyphen("the mid-", "dle")).isFalse();
	}

}
