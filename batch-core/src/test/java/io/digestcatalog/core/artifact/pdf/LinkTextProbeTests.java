package io.digestcatalog.core.artifact.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap look at a front page that decides whether its layout is worth building. */
class LinkTextProbeTests {

	@TempDir
	Path dir;

	@Test
	void anyUrlOrRepositoryHostMayHoldALinkInAnyCaseOrSpacing() {
		assertThat(LinkTextProbe.mayHoldLink("see HTTPS://example.org")).isTrue();
		assertThat(LinkTextProbe.mayHoldLink("code at git hub.com/acme/x")).isTrue();
		assertThat(LinkTextProbe.mayHoldLink("ｈｔｔｐ://fullwidth")).isTrue();
		assertThat(LinkTextProbe.mayHoldLink("huggingface.co/datasets/x")).isTrue();
		assertThat(LinkTextProbe.mayHoldLink("1 Introduction. We study widgets at www.example.org.")).isFalse();
	}

	@Test
	void pageTextIsDecodedWithoutLayout() throws Exception {
		// given
		Path pdf = PdfSamples.builder()
			.text("A Title", 20, 72, 90)
			.newPage()
			.text("The data is at https://zenodo.org/records/1", 10, 72, 100)
			.newPage()
			.text("Related work cites nothing online.", 10, 72, 100)
			.save(this.dir.resolve("p.pdf"));

		// then
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(LinkTextProbe.mayHoldLink(document.getPage(1), new Cancellation())).isTrue();
			assertThat(LinkTextProbe.mayHoldLink(document.getPage(2), new Cancellation())).isFalse();
		}
	}

	@Test
	void fontsDecodedWithoutLoadingThemGiveWhatPdfBoxGivesOnEveryCorpusFrontPage() throws Exception {
		try (Stream<Path> files = Files.walk(PdfSamples.corpus())) {
			for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
				try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
					for (int page = 0; page < Math.min(3, document.getNumberOfPages()); page++) {
						assertThat(LinkTextProbe.text(document.getPage(page), new Cancellation(), true))
							.as(pdf.getFileName() + " page " + (page + 1))
							.isEqualTo(LinkTextProbe.text(document.getPage(page), new Cancellation(), false));
					}
				}
			}
		}
	}

	@Test
	void theScannerGivesTheEnginesTextOnEveryCorpusPageItReads() throws Exception {
		int pages = 0;
		int scanned = 0;
		try (Stream<Path> files = Files.walk(PdfSamples.corpus())) {
			for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
				// as read first, then with every font loaded (as page 1's layout loads
				// its own)
				try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
					for (boolean loaded : new boolean[] { false, true }) {
						if (loaded) {
							new PDFTextStripper().getText(document);
						}
						for (int page = 0; page < document.getNumberOfPages(); page++) {
							pages++;
							String quick = ContentScan.text(document.getPage(page), new Cancellation());
							if (quick != null) {
								scanned++;
								assertThat(quick)
									.as(pdf.getFileName() + " page " + (page + 1) + ", fonts loaded " + loaded)
									.isEqualTo(LinkTextProbe.text(document.getPage(page), new Cancellation(), true));
							}
						}
					}
				}
			}
		}
		// the engine reads only what the scanner cannot be sure of
		assertThat(scanned).isGreaterThan(pages * 9 / 10);
	}

}
