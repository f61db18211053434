package io.digestcatalog.core.artifact.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.util.Matrix;

/** The shared corpus, and PDFs built with PDFBox for what the corpus lacks. */
final class PdfSamples {

	private PdfSamples() {
	}

	/**
	 * The shared corpus: surefire names its folder, else the build runs from batch-core.
	 */
	static Path corpus() {
		String shared = System.getProperty("digestcat.shared");
		Path root = (shared != null && !shared.isBlank()) ? Path.of(shared) : Path.of("../../shared");
		return root.resolve("corpus");
	}

	static Path sciencePdf(String name) {
		return corpus().resolve("pdfs/science-parse").resolve(name);
	}

	static Path arxivPdf() {
		return corpus().resolve("arxiv-atom/1111.2011v2.pdf");
	}

	static Builder builder() {
		return new Builder();
	}

	/**
	 * A run of text on a line.
	 *
	 * @param text the text
	 * @param size its size in points
	 * @param rise how far it is raised above the baseline
	 */
	record Run(String text, float size, float rise) {

		static Run of(String text, float size) {
			return new Run(text, size, 0);
		}

		static Run raised(String text, float size) {
			return new Run(text, size, size * 0.6f);
		}

	}

	/** A letter-size PDF drawn line by line, in Helvetica. */
	static final class Builder {

		private final List<List<Text>> pages = new ArrayList<>(List.of(new ArrayList<>()));

		private final List<Link> links = new ArrayList<>();

		private String infoTitle;

		private String xmp;

		private StandardProtectionPolicy protection;

		/** Text on the current page, {@code y} from the top. */
		Builder text(String text, float size, float x, float y) {
			this.pages.get(this.pages.size() - 1).add(new Text(text, size, x, y, false));
			return this;
		}

		/** Text rotated a quarter turn, reading upwards, as arXiv stamps its margin. */
		Builder rotated(String text, float size, float x, float y) {
			this.pages.get(this.pages.size() - 1).add(new Text(text, size, x, y, true));
			return this;
		}

		/**
		 * Runs of text one after another on a line, each with its size and rise (a
		 * superscript rises).
		 */
		Builder runs(float x, float y, Run... runs) {
			float at = x;
			for (Run run : runs) {
				this.pages.get(this.pages.size() - 1).add(new Text(run.text(), run.size(), at, y - run.rise(), false));
				at += width(run.text(), run.size());
			}
			return this;
		}

		private static float width(String text, float size) {
			try {
				return new PDType1Font(Standard14Fonts.FontName.HELVETICA).getStringWidth(text) / 1000 * size;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		Builder newPage() {
			this.pages.add(new ArrayList<>());
			return this;
		}

		/** A clickable link on the current page. */
		Builder link(String uri, float x, float y) {
			this.links.add(new Link(this.pages.size() - 1, uri, x, y));
			return this;
		}

		Builder infoTitle(String title) {
			this.infoTitle = title;
			return this;
		}

		Builder xmp(String packet) {
			this.xmp = packet;
			return this;
		}

		Builder userPassword(String owner, String user) {
			this.protection = new StandardProtectionPolicy(owner, user, new AccessPermission());
			this.protection.setEncryptionKeyLength(128);
			return this;
		}

		Path save(Path file) {
			try (PDDocument doc = new PDDocument()) {
				PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
				for (List<Text> texts : this.pages) {
					PDPage page = new PDPage(PDRectangle.LETTER);
					doc.addPage(page);
					try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
						for (Text t : texts) {
							cs.beginText();
							cs.setFont(font, t.size());
							float y = PDRectangle.LETTER.getHeight() - t.y();
							cs.setTextMatrix(t.rotated() ? Matrix.getRotateInstance(Math.PI / 2, t.x(), y)
									: Matrix.getTranslateInstance(t.x(), y));
							cs.showText(t.text());
							cs.endText();
						}
					}
				}
				for (Link l : this.links) {
					PDAnnotationLink link = new PDAnnotationLink();
					float y = PDRectangle.LETTER.getHeight() - l.y();
					link.setRectangle(new PDRectangle(l.x(), y - 2, 120, 12));
					PDActionURI action = new PDActionURI();
					action.setURI(l.uri());
					link.setAction(action);
					doc.getPage(l.page()).getAnnotations().add(link);
				}
				if (this.infoTitle != null) {
					doc.getDocumentInformation().setTitle(this.infoTitle);
				}
				if (this.xmp != null) {
					doc.getDocumentCatalog()
						.setMetadata(new PDMetadata(doc,
								new ByteArrayInputStream(this.xmp.getBytes(StandardCharsets.UTF_8))));
				}
				if (this.protection != null) {
					doc.protect(this.protection);
				}
				doc.save(file.toFile());
				return file;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private record Text(String text, float size, float x, float y, boolean rotated) {
		}

		private record Link(int page, String uri, float x, float y) {
		}

	}

}
