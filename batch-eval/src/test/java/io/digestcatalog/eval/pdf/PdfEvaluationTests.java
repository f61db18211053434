package io.digestcatalog.eval.pdf;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation on the shared corpus, with floors a little under what it measures (24/24
 * titles, 25/25 surnames, 2/2 arXiv ids, 2/2 abstracts): a heuristic that gets worse
 * fails here. Speed is printed by {@code PdfEvaluation.main}, never asserted.
 */
class PdfEvaluationTests {

	private static PdfEvaluationResult result;

	@BeforeAll
	static void evaluate() {
		result = PdfEvaluation.run(PdfCorpus.corpus(), new PdfEvaluation.Settings(0, 1, 2, Duration.ofSeconds(30)));
	}

	@Test
	void everyCorpusPdfIsReadAndMostHaveGroundTruth() {
		assertThat(result.pdfs()).isEqualTo(30);
		assertThat(result.failures()).isEmpty();
		assertThat(result.withGroundTruth()).isEqualTo(25);
	}

	@Test
	void titlesMatchTheGroundTruthFarMoreOftenThanInfoTitles() {
		assertThat(result.accuracy().titles().total()).isEqualTo(24);
		assertThat(result.accuracy().titles().hits()).isGreaterThanOrEqualTo(23);
		assertThat(result.accuracy().infoTitles().hits()).isLessThan(result.accuracy().titles().hits() - 10);
	}

	@Test
	void authorSurnamesAreRecalled() {
		assertThat(result.accuracy().authorPdfs()).isEqualTo(8);
		assertThat(result.accuracy().authorSurnames().total()).isEqualTo(25);
		assertThat(result.accuracy().authorSurnames().hits()).isGreaterThanOrEqualTo(24);
	}

	@Test
	void arxivIdsAndAbstractsAreFound() {
		assertThat(result.accuracy().arxivIds()).isEqualTo(new Score(2, 2));
		assertThat(result.accuracy().abstracts()).isEqualTo(new Score(2, 2));
	}

	@Test
	void reportPrintsEveryFigure() {
		assertThat(String.join("\n", result.report())).contains("title exact match after normalization: ",
				"authors found", "arXiv id found on arXiv PDFs: 2/2", "full extractor:", "raw PDFBox page-1 text:",
				"heuristics cost:", "peak heap");
		assertThat(result.extractor().singleThreaded()).isPositive();
		assertThat(result.rawPageOne().threads()).isEqualTo(2);
	}

}
