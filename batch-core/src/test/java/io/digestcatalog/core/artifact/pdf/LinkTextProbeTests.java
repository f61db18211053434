package io.digestcatalog.core.artifact.pdf;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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

}
