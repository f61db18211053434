package io.digestcatalog.eval.pdf;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sane figures on the corpus PDFs; timing is printed, never asserted. */
class PdfThroughputTests {

	@Test
	void measuresTheExtractorBesideRawPdfBoxOnTheCorpus() {
		// given
		List<Path> pdfs = PdfCorpus.pdfs();

		// when
		PdfThroughput.Result result = PdfThroughput.measure(pdfs, 2, 1);

		// then
		assertThat(pdfs).hasSize(30);
		assertThat(result.documents()).isEqualTo(pdfs.size());
		assertThat(result.extractorMillis()).isNotNegative();
		assertThat(result.extractorPerSecond()).isPositive();
		assertThat(result.rawPerSecond()).isPositive();
		assertThat(result.ratio()).isPositive()
			.isCloseTo(result.extractorPerSecond() / result.rawPerSecond(), org.assertj.core.data.Offset.offset(1e-9));
		System.out.println("PdfThroughput on 2 threads: " + result);
	}

}
