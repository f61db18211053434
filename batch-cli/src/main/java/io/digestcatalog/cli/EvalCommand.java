package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.digestcatalog.core.artifact.pdf.PdfEvaluation;
import io.digestcatalog.core.artifact.pdf.PdfEvaluationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code digestcat eval pdf|dedupe}: accuracy and speed on the real benchmark data. Needs
 * no catalog, so it runs without opening the database.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
		description = "Measure accuracy and speed on real benchmark data (no catalog needed).",
		subcommands = { EvalCommand.Pdf.class })
class EvalCommand {

	static final String DEFAULT_CORPUS = "../shared/corpus";

	@Command(name = "pdf", mixinStandardHelpOptions = true,
			description = "PDF metadata: title/author/arXiv-id accuracy against ground truth, PDFs per second "
					+ "(one thread and several) beside raw PDFBox page-1 extraction, peak heap.")
	static class Pdf implements Callable<Integer> {

		@Parameters(arity = "0..1", paramLabel = "<corpus>", defaultValue = DEFAULT_CORPUS,
				description = "The corpus folder (default: ${DEFAULT-VALUE}).")
		Path corpus;

		@Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
		int rounds;

		@Option(names = "--warmup", defaultValue = "5", description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
		int warmup;

		@Option(names = "--threads", defaultValue = "0",
				description = "Threads for the parallel figure (default: the processors).")
		int threads;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			PdfEvaluation.Settings defaults = PdfEvaluation.Settings.defaults();
			PdfEvaluation.Settings settings = new PdfEvaluation.Settings(this.warmup, this.rounds,
					(this.threads > 0) ? this.threads : defaults.threads(), defaults.timeLimit());
			PdfEvaluationResult result = PdfEvaluation.run(this.corpus, settings);
			PrintWriter out = this.spec.commandLine().getOut();
			result.report().forEach(out::println);
			out.flush();
			return ExitCodes.OK;
		}

	}

}
