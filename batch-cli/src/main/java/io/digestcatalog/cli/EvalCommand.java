package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.digestcatalog.eval.pdf.PdfEvaluation;
import io.digestcatalog.eval.pdf.PdfEvaluationResult;
import io.digestcatalog.eval.dedupe.DedupeEvaluation;
import io.digestcatalog.eval.digests.RealisticEvaluation;
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
		subcommands = { EvalCommand.Pdf.class, EvalCommand.Dedupe.class })
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

	@Command(name = "dedupe", mixinStandardHelpOptions = true,
			description = "Entity resolution: the catalog on realistic daily digests rendered from the real "
					+ "Hugging Face records beside a word-Jaccard baseline (P/R/F1, hard-negative merges), pairwise "
					+ "P/R/F1 on DBLP-ACM, cluster F1 on Cora, and records per second, peak heap and candidate pairs "
					+ "per record on generated sets, resolved at once and as a nightly run adding 1% to the rest.")
	static class Dedupe implements Callable<Integer> {

		@Parameters(arity = "0..1", paramLabel = "<corpus>", defaultValue = DEFAULT_CORPUS,
				description = "The corpus folder (default: ${DEFAULT-VALUE}).")
		Path corpus;

		@Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
				description = "Sizes of the generated sets (default: ${DEFAULT-VALUE}); 1000000 wants -Xmx8g.")
		List<Integer> sizes = new ArrayList<>();

		@Option(names = "--seed", defaultValue = "42", description = "Seed of the generated sets.")
		long seed;

		@Option(names = "--no-real", description = "Skip DBLP-ACM and Cora.")
		boolean noReal;

		@Option(names = "--days", defaultValue = "60",
				description = "Days of realistic digests (default: ${DEFAULT-VALUE}); 0 skips them.")
		int days;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			if (this.days > 0) {
				RealisticEvaluation.print(this.corpus, this.days, this.seed, out);
				out.println();
			}
			DedupeEvaluation.run(this.corpus, this.sizes, this.seed, !this.noReal, out);
			out.flush();
			return ExitCodes.OK;
		}

	}

}
