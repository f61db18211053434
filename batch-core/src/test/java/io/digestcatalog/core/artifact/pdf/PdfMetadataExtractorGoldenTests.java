package io.digestcatalog.core.artifact.pdf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.digestcatalog.core.artifact.pdf.PdfMetadata.TitleSource;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

import static org.assertj.core.api.Assertions.assertThat;

/** Real papers from the shared corpus: what their first page says, not their producer. */
class PdfMetadataExtractorGoldenTests {

	private final PdfMetadataExtractor extractor = new PdfMetadataExtractor(Duration.ofSeconds(30));

	private PdfMetadata read(Path pdf) {
		PdfReadResult result = this.extractor.read(pdf);
		assertThat(result.failure()).as(pdf.toString()).isEmpty();
		return result.extracted().orElseThrow();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			P07-1088.pdf | Sparse Information Extraction: Unsupervised Language Models to the Rescue
			bunescu-acl07.pdf | Learning to Extract Relations from the Web using Minimal Supervision
			a7c25298c607d5bf32e3301b6b209431e2a7f830.pdf | Mining Generalized Association Rules on Biomedical Literature
			mono04.pdf | Monolingual Machine Translation for Paraphrase Generation
			2a774230b5328df3f8125da9b84a82d92b46a240.pdf | Disk-Based Storage for Scalable Video
			6c46de8a4399840548a056d13d38e1f54da2.pdf | Scheduling Problems in Transportation Networks of Line Topology
			senellart10.pdf | Probabilistic XML via Markov Chains
			aimag10.pdf | Adapting Open Information Extraction to Domain-Specific Relations
			c0690a1d74ab781bd54f9fa7e67267cce656.pdf | Approximation Algorithms for Data Placement on Parallel Disks
			""")
	void titleIsTheLargestTextAtTheTopOfPageOne(String file, String title) {
		// when
		PdfMetadata metadata = read(PdfSamples.sciencePdf(file));

		// then: junk Info titles ("Microsoft Word - …", "acl07.dvi") and footnote stars
		// left behind
		assertThat(metadata.title()).isEqualTo(title);
		assertThat(metadata.titleSource()).isEqualTo(TitleSource.PAGE);
	}

	@Test
	void infoTitleOfAnotherPaperIsNotTaken() {
		// when
		PdfMetadata zolotov = read(PdfSamples.sciencePdf("zolotov04.pdf"));

		// then
		assertThat(zolotov.info().title()).isEqualTo("Automated Statistics Collection in DB2 Stinger");
		assertThat(zolotov.xmpTitle()).isEqualTo("Automated Statistics Collection in DB2 Stinger");
		assertThat(zolotov.title()).isEqualTo("Indexing XML Data Stored in a Relational Database");
		assertThat(zolotov.titleSource()).isEqualTo(TitleSource.PAGE);
		assertThat(zolotov.authors()).containsExactly("Shankar Pal", "Istvan Cseri", "Oliver Seeliger",
				"Gideon Schaller", "Leo Giakoumakis", "Vasili Zolotov");
	}

	@Test
	void infoTitleSpellsThePageTitleWhenTheyNearlyMatch() {
		// when: page 1 prints "Dependency Strcutures", the Info title "Dependency
		// Structures"
		PdfMetadata bohnet = read(PdfSamples.sciencePdf("bohnet09.pdf"));

		// then
		assertThat(bohnet.title()).isEqualTo("Efficient Parsing of Syntactic and Semantic Dependency Structures");
		assertThat(bohnet.titleSource()).isEqualTo(TitleSource.METADATA_MATCHING_PAGE);
	}

	@Test
	void rotatedArxivStampInTheMarginGivesTheIdAndVersion() {
		// when
		PdfMetadata metadata = read(PdfSamples.sciencePdf("superscripttest.pdf"));

		// then: the stamp is printed at 20pt, yet is no title candidate
		assertThat(metadata.arxivId()).isEqualTo(new ArxivId("1504.06236", 2));
		assertThat(metadata.title()).isEqualTo("Improving detection of influential nodes in complex networks");
		assertThat(metadata.authors()).containsExactly("Amir Sheikhahmadi", "Mohammad A. Nematbakhsh",
				"Arman Shokrollahi");
		assertThat(metadata.abstractText()).startsWith("Recently an increasing amount of research is devoted")
			.endsWith("in identifying the most influential nodes.");
	}

	@Test
	void authorsAreNamesWithoutAffiliationMarksOrAddresses() {
		// when
		List<String> berardi = read(PdfSamples.sciencePdf("a7c25298c607d5bf32e3301b6b209431e2a7f830.pdf")).authors();
		List<String> kowalski = read(PdfSamples.sciencePdf("6c46de8a4399840548a056d13d38e1f54da2.pdf")).authors();
		List<String> quirk = read(PdfSamples.sciencePdf("mono04.pdf")).authors();
		List<String> mooney = read(PdfSamples.sciencePdf("mooney05.pdf")).authors();
		List<String> golubchik = read(PdfSamples.sciencePdf("c0690a1d74ab781bd54f9fa7e67267cce656.pdf")).authors();

		// then
		assertThat(berardi).containsExactly("Margherita Berardi", "Michele Lapi", "Pietro Leo", "Corrado Loglisci");
		assertThat(kowalski).containsExactly("Dariusz R. Kowalski", "Eyal Nussbaum", "Michael Segal",
				"Vitaly Milyeykovsky");
		assertThat(quirk).containsExactly("Chris Quirk", "Chris Brockett", "William Dolan");
		assertThat(mooney).containsExactly("Ruifang Ge", "Raymond J. Mooney");
		assertThat(golubchik).containsExactly("Leana Golubchik", "Sanjeev Khanna", "Samir Khuller",
				"Ramakrishna Thurimella", "An Zhu");
	}

	@Test
	void abstractEndsAtTheNextHeadingAndLeavesTheOtherColumnOut() {
		// when
		PdfMetadata dinu = read(PdfSamples.sciencePdf("P14-1059.pdf"));

		// then
		assertThat(dinu.abstractText()).startsWith("We introduce the problem of generation in distributional semantics")
			.endsWith("generating the equivalent expressions in Italian).")
			.doesNotContain("Besides these theoretical considerations", "Introduction");
	}

	@Test
	void doiOnPageOneIsFoundWhole() {
		// when: PLOS prints the DOI twice, once wrapped at "journal." + "pone.0197919"
		PdfMetadata metadata = read(PdfSamples.sciencePdf("e4faf2c1d76b9bf8f8b4524dfb8c5c6b93be5f35.pdf"));

		// then
		assertThat(metadata.dois()).containsExactly(new Doi("10.1371/journal.pone.0197919"));
		assertThat(metadata.pages()).isEqualTo(21);
	}

}
