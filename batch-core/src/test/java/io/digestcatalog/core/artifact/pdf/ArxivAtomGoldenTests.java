package io.digestcatalog.core.artifact.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.digestcatalog.core.dedupe.NormalizedTitle;
import io.digestcatalog.core.extract.ArxivId;

import static org.assertj.core.api.Assertions.assertThat;

/** arXiv 1111.2011v2's PDF against the arXiv API's own record of it. */
class ArxivAtomGoldenTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static Element entry;

	private static PdfMetadata metadata;

	@BeforeAll
	static void readBoth() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Path atom = PdfSamples.corpus().resolve("arxiv-atom/id_list-1111.2011v2.xml");
		entry = (Element) factory.newDocumentBuilder()
			.parse(atom.toFile())
			.getElementsByTagNameNS(ATOM, "entry")
			.item(0);
		metadata = new PdfMetadataExtractor(Duration.ofSeconds(30)).read(PdfSamples.arxivPdf())
			.extracted()
			.orElseThrow();
	}

	private static String atom(String name) {
		return entry.getElementsByTagNameNS(ATOM, name).item(0).getTextContent().replaceAll("\\s+", " ").strip();
	}

	/** Lower case, no accents: the page prints "Tešanović", the API "Tesanovic". */
	private static String fold(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	@Test
	void titleIsTheAtomTitle() {
		assertThat(NormalizedTitle.of(metadata.title())).isEqualTo(NormalizedTitle.of(atom("title")));
	}

	@Test
	void authorsAreTheAtomAuthorsInOrder() {
		// given
		List<String> expected = new ArrayList<>();
		NodeList names = entry.getElementsByTagNameNS(ATOM, "name");
		for (int i = 0; i < names.getLength(); i++) {
			expected.add(names.item(i).getTextContent().strip());
		}

		// then: the page prints "Tešanović", the API "Tesanovic"
		assertThat(metadata.authors()).map(ArxivAtomGoldenTests::fold)
			.containsExactlyElementsOf(expected.stream().map(ArxivAtomGoldenTests::fold).toList());
		assertThat(metadata.authors()).containsExactly("James M. Murray", "Adrian Del Maestro", "Zlatko Tešanović");
	}

	@Test
	void arxivIdComesFromTheRotatedStamp() {
		assertThat(metadata.arxivId())
			.isEqualTo(ArxivId.parse(atom("id").replace("http://arxiv.org/abs/", "")).orElseThrow());
		assertThat(metadata.arxivId()).isEqualTo(new ArxivId("1111.2011", 2));
	}

	@Test
	void abstractWithoutHeadingIsTheAtomSummary() {
		// REVTeX prints the abstract as a block under the affiliations, with no heading
		assertThat(TitleText.similarity(metadata.abstractText(), atom("summary"))).isGreaterThan(0.95);
	}

	@Test
	void doiOfThePublishedVersionIsNotInventedWhereThePdfDoesNotPrintIt() throws IOException {
		// given: the API knows the journal DOI, the arXiv PDF never prints it
		String doi = entry.getElementsByTagNameNS("http://arxiv.org/schemas/atom", "doi").item(0).getTextContent();
		assertThat(doi).isEqualTo("10.1103/PhysRevB.85.115117");
		try (PDDocument document = Loader.loadPDF(PdfSamples.arxivPdf().toFile())) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain("10.1103");
		}

		// then
		assertThat(metadata.dois()).isEmpty();
	}

}
