package io.digestcatalog.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** DOIs: resolver prefixes and trailing punctuation cut, case folded. */
class DoiTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ' ', textBlock = """
			10.1145/3580305.3599253 10.1145/3580305.3599253
			10.1109/CVPR.2016.90 10.1109/cvpr.2016.90
			doi:10.1109/CVPR.2016.90 10.1109/cvpr.2016.90
			https://doi.org/10.1145/3580305.3599253 10.1145/3580305.3599253
			http://dx.doi.org/10.1145/3580305.3599253 10.1145/3580305.3599253
			10.1145/3580305.3599253. 10.1145/3580305.3599253
			10.1145/3580305.3599253), 10.1145/3580305.3599253
			10.1145/3580305.3599253;:] 10.1145/3580305.3599253
			10.1016/S0140-6736(20)30183-5 10.1016/s0140-6736(20)30183-5
			10.123456789/abc 10.123456789/abc
			""")
	void doisParseLowerCasedWithoutTrailingPunctuation(String text, String value) {
		assertThat(Doi.parse(text)).contains(new Doi(value));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "10.1/abc", "10.1234567890/abc", "10.1145", "10.1145/", "10.1145/...", "11.1145/abc",
			"doi 10.1145/abc", "see 10.1145/abc", "10.1145/a b", "" })
	void textThatIsNoDoiParsesToNothing(String text) {
		assertThat(Doi.parse(text)).isEmpty();
	}

	@Test
	void spaceAfterTheDoiPrefixIsAllowed() {
		assertThat(Doi.parse("DOI: 10.1000/XYZ123")).contains(new Doi("10.1000/xyz123"));
	}

	@Test
	void nullParsesToNothing() {
		assertThat(Doi.parse(null)).isEmpty();
	}

	@Test
	void doisCompareCaseInsensitively() {
		assertThat(new Doi("10.1109/CVPR.2016.90")).isEqualTo(new Doi("10.1109/cvpr.2016.90"))
			.hasToString("10.1109/cvpr.2016.90");
	}

	@Test
	void constructorRefusesWhatIsNoDoi() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Doi("doi:10.1145/abc"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Doi("10.1145"));
	}

}
