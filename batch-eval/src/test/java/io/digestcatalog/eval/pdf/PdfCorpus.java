package io.digestcatalog.eval.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The shared corpus the evaluation tests read. */
final class PdfCorpus {

	private PdfCorpus() {
	}

	/**
	 * The shared corpus: surefire names its folder, else the build runs from batch-eval.
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

	/** Every PDF of the corpus, sorted. */
	static List<Path> pdfs() {
		try (Stream<Path> files = Files.walk(corpus())) {
			return files.filter(Files::isRegularFile)
				.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
