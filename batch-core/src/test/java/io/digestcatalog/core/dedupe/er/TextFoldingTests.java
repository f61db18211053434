package io.digestcatalog.core.dedupe.er;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Markup and spelling conventions folded away. */
class TextFoldingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Schr{\\"o}dinger                 | schrodinger
			Schr\\"{o}dinger                 | schrodinger
			G\\'en\\'eration                 | generation
			Fran\\c{c}ais                    | francais
			Stra\\ss{}e                      | strasse
			$\\alpha$-Stable Laws            | alpha stable laws
			\\emph{Deep} \\textbf{Nets}      | deep nets
			Tom &amp; Jerry                  | tom jerry
			It&#x27;s &lt;b&gt;bold&lt;/b&gt; | it s bold
			<i>In situ</i> <sub>2</sub>      | in situ 2
			Lud&#228;scher                   | ludascher
			Ærø Łódź Ø                       | aero lodz o
			ΑΒ-testing                       | alpha beta testing
			ﬁne-tuning ＧＰＴ                 | fine tuning gpt
			""")
	void foldsMarkupAccentsAndCaseToPlainWords(String text, String folded) {
		assertThat(TextFolding.fold(text)).isEqualTo(folded);
	}

}
