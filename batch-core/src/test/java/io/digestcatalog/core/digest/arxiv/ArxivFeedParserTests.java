package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.EntryDetails;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed parser on the real arXiv API responses of the corpus. */
class ArxivFeedParserTests {

	/** The exact abstract of 1111.2011v2, as its PDF prints it too. */
	private static final String ABSTRACT_1111_2011 = "Theoretical description of anisotropic systems, such as layered "
			+ "superconductors and coupled spin chains, is often a challenge due to the different natures of "
			+ "interactions along different directions. As a model of such a system, we present an analytical study of "
			+ "d-dimensional \"nodes\" arranged as the vertices of a Bethe lattice, where each node has nonzero spatial "
			+ "dimension and is described by an O(N) quantum rotor model, and there is hopping between neighboring "
			+ "nodes. In the limit of large connectivity on the Bethe lattice, the hopping can be treated by "
			+ "constructing a self-consistent effective action for a single node. This procedure is akin to dynamical "
			+ "mean field theory, but generalized so that spatial as well as quantum fluctuations are taken into "
			+ "account on each node. The quantum phase transition is studied using this effective action for both "
			+ "infinite and finite N. The importance of the Perron-Frobenius uniform mode on the Bethe lattice is "
			+ "discussed, and its elimination via an \"infinite range hopping\" term shifts the transition, leading to "
			+ "nontrivial critical behavior. We calculate critical exponents and find that the internode hopping "
			+ "reduces the upper and lower critical dimensions each by one, indicating that--at least for the purposes "
			+ "of quantum criticality--the large number of internode couplings is similar to adding a single extra "
			+ "dimension to the theory describing a single node.";

	/** Counted without the parser: the entries' own ids. */
	private static final Pattern ENTRY_ID = Pattern.compile("<entry>\\s*<id>http://arxiv\\.org/abs/(\\S+)</id>");

	private final ArxivFeedParser parser = new ArxivFeedParser();

	@ParameterizedTest
	@ValueSource(strings = { "id_list-1111.2011v2.xml", "query-del_maestro-checkerboard.xml",
			"query-del_maestro-not_checkerboard_pyrochlore.xml", "query-del_maestro-quantum_criticality.xml",
			"query-del_maestro.xml" })
	void everyEntryOfAnApiResponseLoadsWithTheIdsTheFileShows(String file) throws IOException {
		// given
		String xml = Files.readString(ArxivSamples.atom(file), StandardCharsets.UTF_8);
		List<String> expected = ENTRY_ID.matcher(xml).results().map(r -> r.group(1)).toList();

		// when
		List<DigestItem> items = read(ArxivSamples.atom(file));

		// then
		assertThat(ArxivSamples.rejected(items)).isEmpty();
		assertThat(ArxivSamples.entries(items)).extracting(e -> e.arxivId().versioned())
			.containsExactlyElementsOf(expected);
	}

	@Test
	void apiResponsesHoldOneOneTenTwoAndTenEntries() throws IOException {
		assertThat(read(ArxivSamples.atom("id_list-1111.2011v2.xml"))).hasSize(1);
		assertThat(read(ArxivSamples.atom("query-del_maestro-checkerboard.xml"))).hasSize(1);
		assertThat(read(ArxivSamples.atom("query-del_maestro-not_checkerboard_pyrochlore.xml"))).hasSize(10);
		assertThat(read(ArxivSamples.atom("query-del_maestro-quantum_criticality.xml"))).hasSize(2);
		assertThat(read(ArxivSamples.atom("query-del_maestro.xml"))).hasSize(10);
	}

	@Test
	void paperOf1111Point2011v2MatchesItsGroundTruthInEveryField() throws IOException {
		// when
		List<DigestItem> items = read(ArxivSamples.atom("id_list-1111.2011v2.xml"));

		// then
		DigestEntry entry = ArxivSamples.entries(items).get(0);
		assertThat(entry.ordinal()).isEqualTo(1);
		assertThat(entry.line()).isEqualTo(10);
		assertThat(entry.arxivId()).isEqualTo(new ArxivId("1111.2011", 2));
		assertThat(entry.title())
			.isEqualTo("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit");
		assertThat(entry.authors()).containsExactly("James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic");
		assertThat(entry.abstractText()).isEqualTo(ABSTRACT_1111_2011);
		assertThat(entry.doi()).isEqualTo(new Doi("10.1103/PhysRevB.85.115117"));
		assertThat(entry.details()).isEqualTo(new EntryDetails(LocalDate.of(2011, 11, 8), LocalDate.of(2012, 4, 2),
				List.of("cond-mat.str-el", "cond-mat.stat-mech"), "8 pages, 3 figures. Published version",
				"Phys. Rev. B 85, 115117 (2012)",
				List.of("http://arxiv.org/abs/1111.2011v2", "http://arxiv.org/pdf/1111.2011v2"), null, null, List.of(),
				null, null));
	}

	@Test
	void digestIsDatedByTheFeedsUpdatedTime() throws IOException {
		// when
		DigestItem first = read(ArxivSamples.atom("id_list-1111.2011v2.xml")).get(0);

		// then <updated>2016-10-09T00:00:00-04:00</updated>, the day in its own offset
		assertThat(first.digest().date()).isEqualTo(LocalDate.of(2016, 10, 9));
		assertThat(first.digest().dateOrigin()).isEqualTo("from the feed's updated time");
		assertThat(first.digest().format()).isEqualTo("arxiv-atom");
	}

	@Test
	void oldStyleIdKeepsItsArchiveAndVersion() throws IOException {
		// when
		DigestEntry entry = ArxivSamples.entries(read(ArxivSamples.atom("query-del_maestro-checkerboard.xml"))).get(0);

		// then
		assertThat(entry.arxivId()).isEqualTo(new ArxivId("cond-mat/0603029", 1));
		assertThat(entry.title())
			.isEqualTo("From stripe to checkerboard order on the square lattice in the presence of quenched disorder");
		assertThat(entry.authors()).containsExactly("Adrian Del Maestro", "Bernd Rosenow", "Subir Sachdev");
		assertThat(entry.doi()).isEqualTo(new Doi("10.1103/PhysRevB.74.024520"));
		assertThat(entry.details().journalRef()).isEqualTo("Phys. Rev. B 74, 024520 (2006)");
		assertThat(entry.details().comments()).isEqualTo("10 pages, 11 figures; added reference");
		assertThat(entry.details().categories()).containsExactly("cond-mat.str-el", "cond-mat.supr-con");
		assertThat(entry.details().links()).containsExactly("http://arxiv.org/abs/cond-mat/0603029v1",
				"http://arxiv.org/pdf/cond-mat/0603029v1");
		assertThat(entry.details().published()).isEqualTo(LocalDate.of(2006, 3, 2));
		assertThat(entry.abstractText()).startsWith("We discuss the effects of quenched disorder")
			.endsWith("measured in scanning tunneling microscopy experiments.");
	}

	@Test
	void revisedEntryKeepsItsFirstPublicationAndTheDateOfItsVersion() throws IOException {
		// when
		DigestEntry entry = ArxivSamples.entry(read(ArxivSamples.atom("query-del_maestro.xml")), "cond-mat/0702661");

		// then
		assertThat(entry.arxivId().version()).isEqualTo(2);
		assertThat(entry.details().published()).isEqualTo(LocalDate.of(2007, 2, 27));
		assertThat(entry.details().submitted()).isEqualTo(LocalDate.of(2007, 6, 25));
		assertThat(entry.authors()).containsExactly("Adrian Del Maestro", "Michel J. P. Gingras");
	}

	private List<DigestItem> read(Path file) throws IOException {
		return ArxivSamples.read(this.parser, file);
	}

}
