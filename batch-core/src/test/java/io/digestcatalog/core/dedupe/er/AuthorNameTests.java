package io.digestcatalog.core.dedupe.er;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Author names read whatever order and form a source prints them in. */
class AuthorNameTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Jayant R. Haritsa      | haritsa | jr
			Haritsa, Jayant R.     | haritsa | jr
			Haritsa JA             | haritsa | ja
			Utgoff P. E            | utgoff  | pe
			D.W. Aha               | aha     | dw
			Wil van der Aalst      | aalst   | w
			Aalst, W. van der      | aalst   | w
			Bernd Becker Jr.       | becker  | b
			Jean-Robert Gruser     | gruser  | jr
			Lud&#228;scher, B.     | ludascher | b
			""")
	void readsSurnameAndInitialsInEveryOrder(String printed, String surname, String initials) {
		AuthorName name = AuthorName.parse(printed).orElseThrow();

		assertThat(name.surname()).isEqualTo(surname);
		assertThat(name.initials()).isEqualTo(initials);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "?", "et al.", "Others", "P. E.", "CORPORATE The Paradise Team",
			"Object Database Management Group" })
	void missingInitialsOnlyAndCorporateNamesAreUnknown(String printed) {
		assertThat(AuthorName.parse(printed)).isEmpty();
	}

	@Test
	void namesMatchAcrossFormsTyposSwapsAndDoubleSurnames() {
		assertThat(same("Jayant Haritsa", "Haritsa, J. R.")).isTrue();
		assertThat(same("Tomasz Imieliński", "Tomasz Imielinski")).isTrue();
		assertThat(same("Bill Rosenblatt", "Bill Rosneblatt")).isTrue();
		assertThat(same("Zhao-Hui Tang", "Tang Zhao-Hui")).isTrue();
		assertThat(same("Rafael Camps Paré", "Rafael Camps")).isTrue();
		assertThat(same("Jayant Haritsa", "Kenneth Haritsa")).isFalse();
		assertThat(same("Wei Li", "Wei Lu")).isFalse();
	}

	@Test
	void aSurnameWhoseInitialsDisagreeCountsHalf() {
		List<AuthorName> a = List.of(AuthorName.parse("Bob Gerber").orElseThrow());
		List<AuthorName> b = List.of(AuthorName.parse("Robert H. Gerber").orElseThrow());

		assertThat(AuthorMatching.matched(a, b)).isEqualTo(0.5);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			A. Smith, B. Jones and C. Wu                     | A. Smith;B. Jones;C. Wu
			Smith, A., Jones, B. & Wu, C.                    | Smith, A.;Jones, B.;Wu, C.
			Aha, D. W., Kibler, D., and Albert, M. K.        | Aha, D. W.;Kibler, D.;Albert, M. K.
			AHA, D.W., KIBLER, D. and ALBERT, M.K            | AHA, D.W.;KIBLER, D.;ALBERT, M.K
			Viswanath Poosala, Yannis E. Ioannidis           | Viswanath Poosala;Yannis E. Ioannidis
			B. Buth et. al                                   | B. Buth
			Mackay, D. Scott                                 | Mackay, D. Scott
			""")
	void splitsPrintedAuthorLists(String printed, String names) {
		assertThat(AuthorList.split(printed)).containsExactly(names.split(";"));
	}

	private static boolean same(String a, String b) {
		return AuthorMatching.same(AuthorName.parse(a).orElseThrow(), AuthorName.parse(b).orElseThrow());
	}

}
