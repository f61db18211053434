package io.digestcatalog.eval.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one {@link PdfEvaluation} run.
 *
 * @param corpus the corpus folder
 * @param pdfs how many PDFs it holds
 * @param failures one line per PDF that could not be read
 * @param withGroundTruth how many PDFs have ground truth
 * @param accuracy extracted metadata against the ground truth
 * @param extractor the full extractor's speed
 * @param rawPageOne raw PDFBox page-1 text's speed over the same PDFs
 * @param heap heap use while the extractor read every PDF once on every thread
 * @param settings how it was measured
 */
public record PdfEvaluationResult(Path corpus, int pdfs, List<String> failures, int withGroundTruth, Accuracy accuracy,
		Throughput extractor, Throughput rawPageOne, HeapUse heap, PdfEvaluation.Settings settings) {

	private static final double MB = 1024 * 1024;

	public PdfEvaluationResult {
		failures = List.copyOf(failures);
	}

	/** The report {@code main} prints. */
	public List<String> report() {
		Accuracy a = this.accuracy;
		List<String> lines = new ArrayList<>();
		lines.add(f("PDF metadata evaluation of %s: %d PDFs, %d failed, %d with ground truth", this.corpus, this.pdfs,
				this.failures.size(), this.withGroundTruth));
		this.failures.forEach(failure -> lines.add("  failed " + failure));
		lines.add("title exact match after normalization: " + a.titles() + "   (Info title as-is: " + a.infoTitles()
				+ ")");
		lines.add("authors found (ground-truth surnames recalled): " + a.authorSurnames() + " over " + a.authorPdfs()
				+ " PDFs");
		lines.add("arXiv id found on arXiv PDFs: " + a.arxivIds());
		lines.add("abstract >= 90% similar to ground truth: " + a.abstracts());
		lines.add("DOI of the ground truth found on page 1: " + a.dois());
		a.misses().forEach(miss -> lines.add("  miss " + miss));
		PdfEvaluation.Settings s = this.settings;
		lines.add(f("throughput over %d PDFs, %d warm-up and %d timed rounds, extractor and raw in turn:", this.pdfs,
				s.warmupRounds(), s.rounds()));
		lines.add(speed("full extractor", this.extractor));
		lines.add(speed("raw PDFBox page-1 text", this.rawPageOne));
		lines.add(f("  heuristics cost: %.1f ms per PDF on top of %.1f ms (%.2fx the raw time, one thread)",
				this.extractor.millisPerPdf() - this.rawPageOne.millisPerPdf(), this.rawPageOne.millisPerPdf(),
				this.extractor.millisPerPdf() / this.rawPageOne.millisPerPdf()));
		HeapUse h = this.heap;
		lines
			.add(f("peak heap, extractor reading all PDFs on %d threads: %.1f MB live after GC, %.1f MB in use at most",
					this.extractor.threads(), h.liveAfterGcBytes() / MB, h.sampledPeakBytes() / MB));
		lines.add(f("  (heap pools' peaks sum %.1f MB; max heap %.0f MB; %d GCs, %d ms)", h.poolPeaksBytes() / MB,
				h.maxHeapBytes() / MB, h.collections(), h.collectionMillis()));
		return lines;
	}

	private static String speed(String what, Throughput t) {
		return f("  %-24s %7.1f PDFs/s on 1 thread, %7.1f PDFs/s on %d threads", what + ":", t.singleThreaded(),
				t.multiThreaded(), t.threads());
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}
