package io.digestcatalog.eval.digests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.digestcatalog.eval.dedupe.ClusterMetrics;
import io.digestcatalog.eval.dedupe.PairAccuracy;
import io.digestcatalog.eval.digests.RealisticDigests.HardNegative;
import io.digestcatalog.eval.digests.RealisticDigests.Sighting;

/**
 * The catalog's accuracy on realistic daily digests: {@link RealisticDigests} loaded
 * through the real catalog ({@link CatalogRun}), scored pairwise over appearances, beside
 * the naive {@link JaccardBaseline} at its best threshold; hard negatives merged are
 * counted for both, and perturbed titles joined to their paper.
 */
public final class RealisticEvaluation {

	private static final List<String> PERTURBATIONS = List.of("truncated", "markup", "dropped-word", "typo",
			"abstract-cut", "abstract-revised");

	private RealisticEvaluation() {
	}

	/**
	 * One matcher's figures.
	 *
	 * @param name what matched
	 * @param accuracy appearance-level pairwise accuracy
	 * @param minedMerges mined hard negatives merged (some appearance of each in one
	 * paper)
	 * @param constructedMerges constructed hard negatives merged
	 * @param merged the hard negatives merged
	 * @param joined per perturbation, appearances joined to another appearance of their
	 * paper, and appearances that had one to join
	 */
	public record Row(String name, PairAccuracy accuracy, int minedMerges, int constructedMerges,
			List<HardNegative> merged, Map<String, int[]> joined) {

		public int hardNegativeMerges() {
			return this.minedMerges + this.constructedMerges;
		}

	}

	/**
	 * The evaluation's outcome.
	 *
	 * @param digests what was loaded
	 * @param resolver the catalog's figures
	 * @param baseline the baseline's figures at its best threshold
	 * @param threshold that threshold
	 * @param rejected entries the parsers rejected
	 */
	public record Result(RealisticDigests digests, Row resolver, Row baseline, double threshold, int rejected) {

	}

	/** {@code java -cp ... RealisticEvaluation [corpus] [days] [seed]}. */
	public static void main(String[] args) {
		Path corpus = Path.of((args.length > 0) ? args[0] : "../shared/corpus");
		int days = (args.length > 1) ? Integer.parseInt(args[1]) : 60;
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 42;
		print(corpus, days, seed, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8));
	}

	public static Result run(Path corpus, int days, long seed, Path work) {
		RealisticDigests digests = RealisticDigests.generate(RealPapers.load(corpus), days, seed);
		CatalogRun run = CatalogRun.load(digests, work);
		Row resolver = row("resolver (catalog)", run.paperOf(), run, digests);
		JaccardBaseline.Result baseline = JaccardBaseline.best(run.sightingOf(), run.truthOf());
		Row naive = row(String.format(Locale.ROOT, "Jaccard t=%.2f (best)", baseline.threshold()), baseline.paperOf(),
				run, digests);
		return new Result(digests, resolver, naive, baseline.threshold(), run.rejected());
	}

	/** Runs in a temporary folder, prints the table, removes the folder. */
	public static Result print(Path corpus, int days, long seed, PrintWriter out) {
		Path work;
		try {
			work = Files.createTempDirectory("digestcat-eval-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			Result result = run(corpus, days, seed, work);
			print(result, days, seed, out);
			return result;
		}
		finally {
			delete(work);
		}
	}

	static void print(Result r, int days, long seed, PrintWriter out) {
		RealisticDigests d = r.digests();
		Map<String, Integer> byFormat = new LinkedHashMap<>();
		d.digests().forEach(g -> byFormat.merge(g.format(), g.entries().size(), Integer::sum));
		Set<String> papers = new HashSet<>();
		long repeats = d.digests()
			.stream()
			.flatMap(g -> g.entries().stream())
			.filter(s -> !papers.add(s.truth()))
			.count();
		long mined = d.hardNegatives().stream().filter(HardNegative::mined).count();
		out.printf(Locale.ROOT,
				"realistic daily digests (seed %d, %d days): %d appearances of %d papers in %d digests %s, "
						+ "%.0f%% repeat sightings; hard negatives: %d mined, %d constructed%s%n",
				seed, days, d.entries(), papers.size(), d.digests().size(), byFormat, 100.0 * repeats / d.entries(),
				mined, d.hardNegatives().size() - mined,
				(r.rejected() > 0) ? "; " + r.rejected() + " entries REJECTED by the parsers" : "");
		out.printf(Locale.ROOT, "%-26s %9s %9s %9s %22s%n", "matcher", "precision", "recall", "F1",
				"hard-neg merges (m+c)");
		for (Row row : List.of(r.resolver(), r.baseline())) {
			out.printf(Locale.ROOT, "%-26s %9.4f %9.4f %9.4f %22s%n", row.name(), row.accuracy().precision(),
					row.accuracy().recall(), row.accuracy().f1(), row.minedMerges() + " + " + row.constructedMerges());
		}
		StringBuilder joined = new StringBuilder("perturbed titles joined to their paper (resolver | baseline):");
		for (String p : PERTURBATIONS) {
			int[] a = r.resolver().joined().getOrDefault(p, new int[2]);
			int[] b = r.baseline().joined().getOrDefault(p, new int[2]);
			joined.append(String.format(Locale.ROOT, " %s %d/%d | %d/%d;", p, a[0], a[1], b[0], b[1]));
		}
		out.println(joined);
		for (HardNegative n : r.resolver().merged().stream().limit(10).toList()) {
			out.println("  resolver merged " + n.kind() + " " + title(d, n.truthA()) + " / " + title(d, n.truthB()));
		}
		out.flush();
	}

	private static String title(RealisticDigests d, String truth) {
		return d.digests()
			.stream()
			.flatMap(g -> g.entries().stream())
			.filter(s -> s.truth().equals(truth) && s.perturbation() == null)
			.map(s -> "\"" + s.title() + "\"")
			.findFirst()
			.orElse(truth);
	}

	static Row row(String name, Map<String, String> predicted, CatalogRun run, RealisticDigests digests) {
		PairAccuracy accuracy = ClusterMetrics.pairwise(predicted, run.truthOf());
		Map<String, Integer> appearancesOfTruth = new HashMap<>();
		Map<String, Map<String, Integer>> truthInCluster = new HashMap<>();
		predicted.forEach((record, cluster) -> {
			String truth = run.truthOf().get(record);
			appearancesOfTruth.merge(truth, 1, Integer::sum);
			truthInCluster.computeIfAbsent(cluster, k -> new HashMap<>()).merge(truth, 1, Integer::sum);
		});
		Map<String, Set<String>> clustersOfTruth = new HashMap<>();
		predicted.forEach(
				(record, cluster) -> clustersOfTruth.computeIfAbsent(run.truthOf().get(record), k -> new HashSet<>())
					.add(cluster));
		List<HardNegative> merged = new ArrayList<>();
		for (HardNegative n : digests.hardNegatives()) {
			Set<String> a = clustersOfTruth.getOrDefault(n.truthA(), Set.of());
			Set<String> b = clustersOfTruth.getOrDefault(n.truthB(), Set.of());
			if (a.stream().anyMatch(b::contains)) {
				merged.add(n);
			}
		}
		int mined = (int) merged.stream().filter(HardNegative::mined).count();
		Map<String, int[]> joined = new HashMap<>();
		predicted.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			Sighting s = run.sightingOf().get(e.getKey());
			if (s.perturbation() != null && appearancesOfTruth.get(s.truth()) > 1) {
				int[] counts = joined.computeIfAbsent(s.perturbation(), k -> new int[2]);
				counts[1]++;
				if (truthInCluster.get(e.getValue()).get(s.truth()) > 1) {
					counts[0]++;
				}
			}
		});
		return new Row(name, accuracy, mined, merged.size() - mined, merged, joined);
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			// a temporary folder left behind is no failure of the evaluation
		}
	}

}
