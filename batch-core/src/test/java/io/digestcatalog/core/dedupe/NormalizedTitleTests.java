package io.digestcatalog.core.dedupe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Titles folded so that the same title written differently compares equal. */
class NormalizedTitleTests {

	private static final String MAVORS = "Mavors: Multi-granularity Video Representation for Multimodal Large Language Model";

	@Test
	void titleIsFoldedToLowerCaseWordsSeparatedBySingleSpaces() {
		assertThat(NormalizedTitle.of(MAVORS).value())
			.isEqualTo("mavors multi granularity video representation for multimodal large language model");
	}

	@ParameterizedTest
	@ValueSource(strings = { "MAVORS: MULTI-GRANULARITY VIDEO REPRESENTATION FOR MULTIMODAL LARGE LANGUAGE MODEL",
			"mavors multi granularity video representation for multimodal large language model",
			"Mavors \u2013 Multi\u2014granularity Video Representation for Multimodal Large Language Model.",
			"  Mavors:\tMulti-granularity\u00a0Video   Representation for\nMultimodal Large Language Model  ",
			"\"Mavors\": Multi-granularity Video Representation (for) Multimodal Large-Language Model?!",
			"\uff2d\uff41\uff56\uff4f\uff52\uff53: Multi-granularity Video Representation for Multimodal Large Language Model" })
	void spellingsOfOneTitleFoldToTheSameValue(String spelling) {
		assertThat(NormalizedTitle.of(spelling)).isEqualTo(NormalizedTitle.of(MAVORS));
		assertThat(NormalizedTitle.of(spelling).hash()).isEqualTo(NormalizedTitle.of(MAVORS).hash());
	}

	@Test
	void ligaturesAndFullWidthLettersAreUnfolded() {
		assertThat(NormalizedTitle.of("\ufb01ne-tuning \uff27\uff30\uff34").value()).isEqualTo("fine tuning gpt");
	}

	@Test
	void composedAndDecomposedAccentsFoldTogether() {
		assertThat(NormalizedTitle.of("Caf\u00e9 Networks")).isEqualTo(NormalizedTitle.of("CAFE\u0301 NETWORKS"));
	}

	@Test
	void caseFoldingCoversSharpSAndFinalSigma() {
		assertThat(NormalizedTitle.of("Stra\u00dfe")).isEqualTo(NormalizedTitle.of("STRASSE"));
		assertThat(NormalizedTitle.of("\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3"))
			.isEqualTo(NormalizedTitle.of("\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2"));
	}

	@Test
	void symbolsFoldLikePunctuation() {
		assertThat(NormalizedTitle.of("A + B = C \u2192 D")).isEqualTo(NormalizedTitle.of("a b c d"));
	}

	@Test
	void differentWordsStayDifferent() {
		assertThat(NormalizedTitle.of("Multigranularity Video"))
			.isNotEqualTo(NormalizedTitle.of("Multi-granularity Video"));
		assertThat(NormalizedTitle.of("Video Models 2")).isNotEqualTo(NormalizedTitle.of("Video Models 3"));
	}

	@Test
	void hashIsTheHexSha256OfTheFoldedValue() {
		assertThat(NormalizedTitle.of("Hello, World!").hash())
			// SHA-256 of "hello world"
			.isEqualTo("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "?!", "\u2014 \u2013 -", "\u00a0\t" })
	void titleWithNothingComparableIsRefused(String title) {
		assertThatIllegalArgumentException().isThrownBy(() -> NormalizedTitle.of(title));
	}

	@Test
	void nullTitleIsRefused() {
		assertThatNullPointerException().isThrownBy(() -> NormalizedTitle.of(null));
	}

}
