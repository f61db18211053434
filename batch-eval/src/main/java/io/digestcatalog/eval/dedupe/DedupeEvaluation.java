package io.digestcatalog.eval.dedupe;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the entity-resolution evaluation table: DBLP-ACM, Cora and synthetic sets of the
 * sizes asked for. Usage:
 *
 * <pre>
 * java -Xmx8g -cp ... io.digestcatalog.eval.dedupe.DedupeEvaluation \
 *     [--corpus=/work/shared/corpus] [--sizes=10000,100000,1000000] [--seed=42] [--no-real]
 * </pre>
 */
public final class DedupeEvaluation {

	private DedupeEvaluation() {
	}

	public static void main(String[] args) {
		Path corpus = Path.of(System.getProperty("digestcat.shared", "../shared"), "corpus");
		List<Integer> sizes = List.of(10_000, 100_000);
		long seed = 42;
		boolean real = true;
		for (String arg : args) {
			if (arg.startsWith("--corpus=")) {
				corpus = Path.of(arg.substring("--corpus=".length()));
			}
			else if (arg.startsWith("--sizes=")) {
				sizes = parseSizes(arg.substring("--sizes=".length()));
			}
			else if (arg.startsWith("--seed=")) {
				seed = Long.parseLong(arg.substring("--seed=".length()));
			}
			else if (arg.equals("--no-real")) {
				real = false;
			}
			else {
				throw new IllegalArgumentException(
						"unknown option " + arg + " (use --corpus=DIR --sizes=N,N... --seed=N --no-real)");
			}
		}
		run(corpus, sizes, seed, real, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * Prints the table: DBLP-ACM and Cora (unless {@code real} is false), a synthetic set
	 * of each size resolved at once, then each as a nightly run adding its last 1%.
	 */
	public static List<EvaluationRow> run(Path corpus, List<Integer> sizes, long seed, boolean real, PrintWriter out) {
		List<EvaluationRow> rows = new ArrayList<>();
		out.println(EvaluationRow.HEADER);
		if (real) {
			print(Evaluation.dblpAcm(corpus), rows, out);
			print(Evaluation.cora(corpus), rows, out);
		}
		for (int size : sizes) {
			print(Evaluation.synthetic(corpus, size, seed), rows, out);
		}
		for (int size : sizes) {
			Evaluation.Nightly nightly = Evaluation.nightly(corpus, size, Math.max(1, size / 100), seed);
			print(nightly.row(), rows, out);
			out.printf(Locale.ROOT, "  (restoring the other %d took %.1f s, no pair compared again; clusters %s)%n",
					size - nightly.row().records(), nightly.restoreSeconds(),
					nightly.sameAsFull() ? "equal a full resolution's" : "DIFFER from a full resolution's");
		}
		out.printf("max heap %d MiB, %d processors%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
				Runtime.getRuntime().availableProcessors());
		return rows;
	}

	private static void print(EvaluationRow row, List<EvaluationRow> rows, PrintWriter out) {
		rows.add(row);
		out.println(row.format());
		out.flush();
	}

	private static List<Integer> parseSizes(String text) {
		List<Integer> sizes = new ArrayList<>();
		for (String size : text.split(",")) {
			sizes.add(Integer.valueOf(size.strip().replace("_", "")));
		}
		return sizes;
	}

}
