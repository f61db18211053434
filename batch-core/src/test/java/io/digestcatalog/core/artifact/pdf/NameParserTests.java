package io.digestcatalog.core.artifact.pdf;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Names on a front-matter line, and lines that hold none. */
class NameParserTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
							Doug Downey, Stefan Schoenmackers, and Oren Etzioni | Doug Downey;Stefan Schoenmackers;Oren Etzioni
							Chris QUIRK, Chris BROCKETT and William DOLAN | Chris Quirk;Chris Brockett;William Dolan
							AMIR SHEIKHAHMADI1,∗, MOHAMMAD A. NEMATBAKHSH1, AND ARMAN SHOKROLLAHI2,3,∗ | Amir Sheikhahmadi;Mohammad A. Nematbakhsh;Arman Shokrollahi
							Mausam, and Oren Etzioni | Mausam;Oren Etzioni
					AN ZHU | An Zhu
					Kevin To, Ada Lovelace | Kevin To;Ada Lovelace
							Maider Lehr†, Izhak Shafran†, Emily Prud’hommeaux◦ and Brian Roark† | Maider Lehr;Izhak Shafran;Emily Prud’hommeaux;Brian Roark
							Kevin Waugh waugh@cs.cmu.edu | Kevin Waugh
							Ed Chang and Avideh Zakhor, Member, IEEE | Ed Chang;Avideh Zakhor
							Zoltán Gÿongyi, Hector Garcia-Molina (Stanford Univ.), Jan Pedersen | Zoltán Gÿongyi;Hector Garcia-Molina;Jan Pedersen
							Institut Télécom; Télécom ParisTech; CNRS LTCI | -
							Department of Computer Sciences | -
							Carnegie Mellon University, 5000 Forbes Ave, Pittsburgh, PA, USA 15213 | -
							TU Berlin | -
					Via Tridente, 42/14 - 70125 Bari | -
					Language Models To The Rescue | -
							{shankarp, istvanc, oliverse}@microsoft.com | -
							Unsupervised Language Models to the Rescue | -
							We introduce the problem of generation in distributional semantics | -
							""")
	void namesAreReadAndNonNamesRejected(String line, String expected) {
		// when
		List<String> names = NameParser.names(line);

		// then
		assertThat(names).isEqualTo((expected == null) ? List.of() : Arrays.asList(expected.split(";")));
	}

}
