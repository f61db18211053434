package io.digestcatalog.eval.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import io.digestcatalog.core.artifact.pdf.PdfMetadataExtractor;
import io.digestcatalog.core.artifact.pdf.PdfReadResult;

/**
 * Prints what reading a 200 MB PDF costs in heap: builds a PDF of 200 pages, each a
 * megabyte of incompressible scan, and reads it with the extractor. Run it with a small
 * heap to show the temp-file stream cache at work, e.g. {@code java -Xmx64m -cp …
 * io.digestcatalog.eval.pdf.LargePdfHeapCheck [pages]}.
 */
public final class LargePdfHeapCheck {

	private LargePdfHeapCheck() {
	}

	public static void main(String[] args) throws IOException {
		int pages = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		Path dir = Files.createTempDirectory("large-pdf");
		Path pdf = build(dir.resolve("scan.pdf"), pages);
		try (HeapWatch heap = new HeapWatch()) {
			long start = System.nanoTime();
			PdfReadResult result = new PdfMetadataExtractor(Duration.ofSeconds(60)).read(pdf);
			long millis = (System.nanoTime() - start) / 1_000_000;
			HeapUse use = heap.stop();
			System.out.printf("%s: %.1f MB, %d pages, read in %d ms: %s%n", pdf.getFileName(),
					Files.size(pdf) / 1048576.0, pages, millis,
					result.extracted().map(m -> "title \"" + m.title() + "\"").orElse(result.failure().orElse("")));
			System.out.printf("heap: max %.0f MB, %.1f MB in use at most, %.1f MB live after GC, %d GCs%n",
					use.maxHeapBytes() / 1048576.0, use.sampledPeakBytes() / 1048576.0,
					use.liveAfterGcBytes() / 1048576.0, use.collections());
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				System.out.printf("  %s peak %.1f MB%n", pool.getName(), pool.getPeakUsage().getUsed() / 1048576.0);
			}
		}
		finally {
			Files.deleteIfExists(pdf);
			Files.deleteIfExists(dir);
		}
	}

	private static Path build(Path file, int pages) throws IOException {
		Random random = new Random(1);
		try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int p = 0; p < pages; p++) {
				BufferedImage scan = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
				for (int y = 0; y < 600; y++) {
					for (int x = 0; x < 600; x++) {
						scan.setRGB(x, y, random.nextInt(0x1000000));
					}
				}
				PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
				PDPage page = new PDPage(PDRectangle.LETTER);
				doc.addPage(page);
				try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
					cs.drawImage(image, 72, 72, 468, 468);
					if (p == 0) {
						cs.beginText();
						cs.setFont(font, 20);
						cs.newLineAtOffset(150, 720);
						cs.showText("A Very Large Scanned Paper");
						cs.endText();
					}
				}
			}
			doc.save(file.toFile());
		}
		return file;
	}

}
