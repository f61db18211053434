package io.digestcatalog.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** arXiv identifiers, old and new style, with the version kept apart. */
class ArxivIdTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ' ', textBlock = """
			2504.10068 2504.10068 0
			2504.10068v2 2504.10068 2
			arXiv:2504.10068v12 2504.10068 12
			ARXIV:2504.10068 2504.10068 0
			1412.6980 1412.6980 0
			1412.6980v9 1412.6980 9
			0704.0001 0704.0001 0
			1501.00001 1501.00001 0
			hep-th/9901001 hep-th/9901001 0
			hep-th/9901001v2 hep-th/9901001 2
			math.GT/0309136 math.GT/0309136 0
			cs/0112017v1 cs/0112017 1
			cond-mat/0702001 cond-mat/0702001 0
			""")
	void validIdsParseWithTheirVersionApart(String text, String id, int version) {
		assertThat(ArxivId.parse(text)).contains(new ArxivId(id, version));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "2513.10068", "2500.10068", "0713.1234", "1400.1234", "hep-th/9913001", "hep-th/9900001",
			"math.GT/0313136" })
	void invalidMonthsAreRejected(String text) {
		assertThat(ArxivId.parse(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1501.0001", "1412.12345", "2504.100681", "2504.100", "0612.1234", "25041.0068",
			"hep-th/990100", "HEP-TH/9901001", "2504.10068v", "2504.10068 v2", "see 2504.10068", "", "   " })
	void malformedIdsAreRejected(String text) {
		assertThat(ArxivId.parse(text)).isEmpty();
	}

	@Test
	void spaceAfterThePrefixIsAllowed() {
		assertThat(ArxivId.parse(" arXiv: 2504.10068v2 ")).contains(new ArxivId("2504.10068", 2));
	}

	@Test
	void nullParsesToNothing() {
		assertThat(ArxivId.parse(null)).isEmpty();
	}

	@Test
	void versionedFormIsAsPrinted() {
		assertThat(ArxivId.parse("2504.10068v3").orElseThrow().versioned()).isEqualTo("2504.10068v3");
		assertThat(ArxivId.parse("2504.10068").orElseThrow().versioned()).isEqualTo("2504.10068");
		assertThat(ArxivId.parse("hep-th/9901001v2").orElseThrow()).hasToString("hep-th/9901001v2");
	}

	@Test
	void versionsOfOnePaperShareItsId() {
		// when
		ArxivId v1 = ArxivId.parse("2504.10068v1").orElseThrow();
		ArxivId v2 = ArxivId.parse("2504.10068v2").orElseThrow();

		// then
		assertThat(v1.id()).isEqualTo(v2.id());
		assertThat(v1).isNotEqualTo(v2);
		assertThat(v1.hasVersion()).isTrue();
		assertThat(new ArxivId("2504.10068", 0).hasVersion()).isFalse();
	}

	@Test
	void constructorValidatesTheId() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ArxivId("2504.10068v2", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new ArxivId("2513.10068", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new ArxivId("2504.10068", -1));
	}

}
