package io.digestcatalog.core.artifact.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad documents: a failure with a one-line reason, never an exception. */
class PdfMetadataExtractorFailureTests {

	@TempDir
	Path dir;

	private final PdfMetadataExtractor extractor = new PdfMetadataExtractor(Duration.ofSeconds(30));

	@Test
	void pdfWithUserPasswordIsEncrypted() {
		// given
		Path pdf = PdfSamples.builder()
			.text("A Secret Paper Title", 20, 72, 100)
			.userPassword("owner-secret", "user-secret")
			.save(this.dir.resolve("locked.pdf"));

		// when
		PdfReadResult result = this.extractor.read(pdf);

		// then
		assertThat(result).isEqualTo(PdfReadResult.failed(PdfFailure.ENCRYPTED, "encrypted PDF"));
	}

	@Test
	void pdfWithOnlyAnOwnerPasswordIsRead() {
		// given: encrypted, but anyone may open it (the common "no copying" PDF)
		Path pdf = PdfSamples.builder()
			.text("An Openly Encrypted Paper Title", 20, 72, 100)
			.userPassword("owner-secret", "")
			.save(this.dir.resolve("restricted.pdf"));

		// when
		PdfReadResult result = this.extractor.read(pdf);

		// then
		assertThat(result.extracted())
			.hasValueSatisfying(m -> assertThat(m.title()).isEqualTo("An Openly Encrypted Paper Title"));
	}

	@Test
	void firstHalfOfAPdfIsTruncated() throws IOException {
		// given: an interrupted download
		byte[] whole = Files.readAllBytes(PdfSamples.sciencePdf("P07-1088.pdf"));
		Path half = Files.write(this.dir.resolve("half.pdf"), Arrays.copyOf(whole, whole.length / 2));

		// when
		PdfReadResult result = this.extractor.read(half);

		// then
		assertThat(result).isEqualTo(PdfReadResult.failed(PdfFailure.TRUNCATED,
				"truncated PDF: no %%EOF at the end of its " + whole.length / 2 + " bytes"));
	}

	@Test
	void randomBytesNamedPdfAreNoPdf() throws IOException {
		// given
		byte[] noise = new byte[4096];
		new Random(42).nextBytes(noise);
		noise[0] = (byte) 0x8f;
		Path pdf = Files.write(this.dir.resolve("noise.pdf"), noise);

		// when
		PdfReadResult result = this.extractor.read(pdf);

		// then
		assertThat(result).isInstanceOfSatisfying(PdfReadResult.Failed.class, f -> {
			assertThat(f.kind()).isEqualTo(PdfFailure.NOT_A_PDF);
			assertThat(f.reason()).matches("not a PDF: starts with 0x8f[0-9a-f]{14}…");
		});
	}

	@Test
	void htmlPageNamedPdfIsNoPdf() throws IOException {
		// given: what a paywall or an error page saves
		Path pdf = Files.writeString(this.dir.resolve("paper.pdf"),
				"<!DOCTYPE html>\n<html><head><title>Access denied</title></head><body>Sign in</body></html>\n",
				StandardCharsets.UTF_8);

		// when
		PdfReadResult result = this.extractor.read(pdf);

		// then
		assertThat(result).isEqualTo(PdfReadResult.failed(PdfFailure.NOT_A_PDF,
				"not a PDF: starts with \"<!DOCTYPE html> <html><h…\" (HTML)"));
	}

	@Test
	void emptyFileIsNoPdf() throws IOException {
		// given
		Path pdf = Files.createFile(this.dir.resolve("empty.pdf"));

		// when
		PdfReadResult result = this.extractor.read(pdf);

		// then
		assertThat(result).isEqualTo(PdfReadResult.failed(PdfFailure.NOT_A_PDF, "not a PDF: the file is empty"));
	}

	@Test
	void pdfWhoseBodyIsGarbageIsDamaged() throws IOException {
		// given: a PDF's first and last lines around noise
		byte[] noise = new byte[2048];
		new Random(7).nextBytes(noise);
		String body = "%PDF-1.7\n" + new String(noise, StandardCharsets.ISO_8859_1) + "\nstartxref\n999999\n%%EOF\n";
		Path pdf = Files.write(this.dir.resolve("damaged.pdf"), body.getBytes(StandardCharsets.ISO_8859_1));

		// when
		PdfReadResult result = this.extractor.read(pdf);

		// then
		assertThat(result).isInstanceOfSatisfying(PdfReadResult.Failed.class, f -> {
			assertThat(f.kind()).isEqualTo(PdfFailure.DAMAGED);
			assertThat(f.reason()).startsWith("damaged PDF: ").doesNotContain("\n");
		});
	}

	@Test
	void pdfWithoutPagesIsDamaged() throws IOException {
		// given
		Path pdf = this.dir.resolve("no-pages.pdf");
		try (PDDocument document = new PDDocument()) {
			document.save(pdf.toFile());
		}

		// when
		PdfReadResult result = this.extractor.read(pdf);

		// then
		assertThat(result).isEqualTo(PdfReadResult.failed(PdfFailure.DAMAGED, "damaged PDF: no pages"));
	}

	@Test
	void missingFileIsUnreadable() {
		// when
		PdfReadResult result = this.extractor.read(this.dir.resolve("gone.pdf"));

		// then
		assertThat(result).isInstanceOfSatisfying(PdfReadResult.Failed.class, f -> {
			assertThat(f.kind()).isEqualTo(PdfFailure.UNREADABLE);
			assertThat(f.reason()).startsWith("unreadable file: ").contains("gone.pdf");
		});
	}

	@Test
	void documentOverItsTimeLimitTimesOutAndLeavesNoWorkerBehind() {
		// given: a 21-page, 2.3 MB paper and a limit no PDF can meet
		PdfMetadataExtractor hasty = new PdfMetadataExtractor(Duration.ofMillis(1));

		// when
		PdfReadResult result = hasty.read(PdfSamples.sciencePdf("e4faf2c1d76b9bf8f8b4524dfb8c5c6b93be5f35.pdf"));

		// then: by the time read returns, its worker has stopped (and closed the
		// document)
		assertThat(result).isEqualTo(PdfReadResult.failed(PdfFailure.TIMED_OUT, "timed out after 1ms"));
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("pdf-metadata-"));
	}

	@Test
	void sameExtractorServesManyThreadsAtOnce() throws Exception {
		// given
		Path pdf = PdfSamples.sciencePdf("bunescu-acl07.pdf");
		Callable<PdfReadResult> read = () -> this.extractor.read(pdf);
		ExecutorService pool = Executors.newFixedThreadPool(4);

		// when
		List<Future<PdfReadResult>> results = pool.invokeAll(Collections.nCopies(8, read));
		pool.shutdown();

		// then
		for (Future<PdfReadResult> result : results) {
			assertThat(result.get().extracted()).hasValueSatisfying(m -> assertThat(m.title())
				.isEqualTo("Learning to Extract Relations from the Web using Minimal Supervision"));
		}
	}

}
