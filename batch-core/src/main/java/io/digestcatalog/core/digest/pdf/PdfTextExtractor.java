package io.digestcatalog.core.digest.pdf;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF's text with PDFBox, scratch data in temporary files only, in two passes
 * over files: its lines are spooled while the {@link PdfLayout} learns the print, then
 * {@link PdfReflow} writes them out as paragraphs. Whatever PDFBox cannot read becomes a
 * reason, not an exception.
 */
final class PdfTextExtractor {

	private PdfTextExtractor() {
	}

	/**
	 * Spools the PDF's lines and writes its re-flowed text.
	 * @return why the PDF cannot be read, or {@code null} when it was
	 */
	static String extract(Path pdf, Path lines, Path text) throws IOException {
		PdfLayout layout = new PdfLayout();
		PdfLineStripper stripper = null;
		try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache());
				BufferedWriter spool = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
				return "encrypted PDF: its owner does not permit extracting its text";
			}
			stripper = new PdfLineStripper(page -> {
				layout.learn(page);
				for (PdfLine line : page) {
					spool.write(line.serialize());
					spool.newLine();
				}
			});
			stripper.strip(document);
		}
		catch (InvalidPasswordException ex) {
			return "encrypted PDF: it needs a password to be opened";
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox reports broken structure as I/O errors and broken content as
			// anything
			String where = (stripper != null && stripper.pageNo() > 0) ? " (page " + stripper.pageNo() + ")" : "";
			return "damaged PDF" + where + ": " + oneLine(ex);
		}
		if (layout.lines() == 0) {
			return "no text in the PDF (a scanned print needs OCR first)";
		}
		PdfReflow.write(lines, layout, text);
		return null;
	}

	private static String oneLine(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return message.replaceAll("\\s+", " ").strip();
	}

}
