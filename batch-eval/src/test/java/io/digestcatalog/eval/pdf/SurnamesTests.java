package io.digestcatalog.eval.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the evaluation decides an expected author was found. */
class SurnamesTests {

	@Test
	void surnameIsBeforeTheCommaElseTheLastWord() {
		assertThat(Surnames.surname("Chang, Edward Y.")).isEqualTo("Chang");
		assertThat(Surnames.surname("Adrian Del Maestro")).isEqualTo("Maestro");
		assertThat(Surnames.surname("StefanSchoenmackers")).isEqualTo("StefanSchoenmackers");
	}

	@Test
	void surnamesMatchWithoutAccentsCaseOrSpaces() {
		assertThat(Surnames.found("Zlatko Tesanovic", List.of("Zlatko Tešanović"))).isTrue();
		assertThat(Surnames.found("StefanSchoenmackers", List.of("Doug Downey", "Stefan Schoenmackers"))).isTrue();
		assertThat(Surnames.found("GEORGIANA DINU", List.of("Georgiana Dinu"))).isTrue();
	}

	@Test
	void characterLostToEncodingMatchesAnyLetter() {
		assertThat(Surnames.found("M\uFFFDller, Sebastian", List.of("Sebastian Möller"))).isTrue();
		assertThat(Surnames.found("M\uFFFDller, Sebastian", List.of("Sebastian Mayer"))).isFalse();
	}

	@Test
	void longSurnameMayDifferByOneEdit() {
		assertThat(Surnames.found("Milyeykovski, Vitaly", List.of("Vitaly Milyeykovsky"))).isTrue();
		assertThat(Surnames.found("Smith, Adam", List.of("Adam Smyth"))).isFalse();
		assertThat(Surnames.found("Nussbaum, Eyal", List.of("Michael Segal"))).isFalse();
	}

}
