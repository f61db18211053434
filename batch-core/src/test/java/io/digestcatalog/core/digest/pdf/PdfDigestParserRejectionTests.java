package io.digestcatalog.core.digest.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.SampleDigests;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** PDFs the parser refuses as a whole, with one clear reason and no exception. */
class PdfDigestParserRejectionTests {

	@TempDir
	Path dir;

	@Test
	void pdfNeedingAPasswordIsRefused() throws IOException {
		// given
		StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
		policy.setEncryptionKeyLength(256);
		Path pdf = PdfFixtures.printed(this.dir.resolve("locked.pdf"), PDRectangle.A4, policy);

		// when / then
		assertRefused(PdfFixtures.read(pdf), "encrypted PDF: it needs a password to be opened");
	}

	@Test
	void pdfWhoseOwnerForbidsExtractingTextIsRefused() throws IOException {
		// given
		AccessPermission permissions = new AccessPermission();
		permissions.setCanExtractContent(false);
		Path pdf = PdfFixtures.printed(this.dir.resolve("no-copy.pdf"), PDRectangle.A4,
				new StandardProtectionPolicy("owner", "", permissions));

		// when / then
		assertRefused(PdfFixtures.read(pdf), "encrypted PDF: its owner does not permit extracting its text");
	}

	@Test
	void pdfEncryptedWithoutAUserPasswordIsReadLikeAnyOther() throws IOException {
		// given
		Path pdf = PdfFixtures.printed(this.dir.resolve("owner-only.pdf"), PDRectangle.A4,
				new StandardProtectionPolicy("owner", "", new AccessPermission()));

		// when
		List<DigestItem> items = PdfFixtures.read(pdf);

		// then
		assertThat(SampleDigests.entries(items)).hasSize(56);
	}

	@Test
	void truncatedPdfIsRefusedAsDamaged() throws IOException {
		// given
		byte[] whole = Files.readAllBytes(PdfFixtures.printed(this.dir));
		byte[] half = Arrays.copyOf(whole, whole.length / 2);

		// when / then
		assertRefused(PdfFixtures.read(new ByteArrayInputStream(half), "cut.pdf"),
				"damaged PDF: truncated (no %%EOF marker at its end)");
	}

	@Test
	void randomBytesNamedPdfAreNoPdf() throws IOException {
		// given
		byte[] noise = new byte[40_000];
		new Random(29).nextBytes(noise);

		// when / then
		assertRefused(PdfFixtures.read(new ByteArrayInputStream(noise), "papers.pdf"), "not a PDF: no %PDF- header");
	}

	@Test
	void pdfOverTheSizeLimitIsRefusedUnread() throws IOException {
		// given
		Path pdf = PdfFixtures.printed(this.dir);

		// when
		List<DigestItem> items;
		try (DigestItemStream stream = new PdfDigestParser(10_000).open(Files.newInputStream(pdf),
				PdfFixtures.source("big.pdf"))) {
			items = SampleDigests.drain(stream);
		}

		// then
		assertRefused(items, "PDF larger than 10000 bytes, not read");
	}

	@Test
	void emptyFileIsNoPdf() throws IOException {
		assertRefused(PdfFixtures.read(new ByteArrayInputStream(new byte[0]), "empty.pdf"), "not a PDF: empty file");
	}

	@Test
	void headerAndEndMarkerAroundGarbageIsRefusedAsDamaged() throws IOException {
		// given
		byte[] fake = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

		// when
		List<DigestItem> items = PdfFixtures.read(new ByteArrayInputStream(fake), "fake.pdf");

		// then
		assertThat(items).singleElement()
			.isInstanceOfSatisfying(RejectedEntry.class,
					rejected -> assertThat(rejected.reason()).startsWith("damaged PDF").doesNotContain("\n"));
	}

	@Test
	void printWithoutTextIsRefusedAsNeedingOcr() throws IOException {
		// given a print of blank pages, as a scan without a text layer reads
		Path pdf = this.dir.resolve("scan.pdf");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.addPage(new PDPage(PDRectangle.A4));
			document.save(pdf.toFile());
		}

		// when / then
		assertRefused(PdfFixtures.read(pdf), "no text in the PDF (a scanned print needs OCR first)");
	}

	@Test
	void refusedPdfsLeaveNoTemporaryFileBehind() throws IOException {
		// given
		List<Path> before = PdfFixtures.leftovers();

		// when
		PdfFixtures.read(new ByteArrayInputStream("%PDF-1.4 cut".getBytes(StandardCharsets.US_ASCII)), "x.pdf");
		PdfFixtures.read(new ByteArrayInputStream(new byte[] { 1, 2, 3 }), "y.pdf");

		// then
		assertThat(PdfFixtures.leftovers()).isEqualTo(before);
	}

	private static void assertRefused(List<DigestItem> items, String reason) {
		assertThat(items).singleElement().isInstanceOfSatisfying(RejectedEntry.class, rejected -> {
			assertThat(rejected.reason()).isEqualTo(reason);
			assertThat(rejected.ordinal()).isZero();
			assertThat(rejected.digest().format()).isEqualTo("pdf");
		});
	}

}
