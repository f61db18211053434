package io.digestcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;

import io.digestcatalog.eval.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digestcat bench}: speed and memory of the real jobs on a generated corpus,
 * beside the floor and ceiling measured in the same run. Needs no catalog of the user's:
 * every job runs in a process of its own against catalogs under {@code --work}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Benchmark the jobs on a generated corpus: full ingest beside the floor (parse only) and the "
				+ "database ceiling (plain JDBC inserts), an unchanged rerun, a restart after SIGKILL at 90%%, a +1%% "
				+ "nightly run, a rebuild, peak RSS and heap, CLI latency, PDF metadata beside raw PDFBox. Prints a "
				+ "table and writes it as JSON; timings are reported against their targets, never fail the run.")
class BenchCommand implements Callable<Integer> {

	@Option(names = "--size", defaultValue = "100",
			description = "Digests to generate, about 50 entries each: 100 (smoke), 2000 (about 100k entries), "
					+ "20000 (about 1M) (default: ${DEFAULT-VALUE}).")
	int size;

	@Option(names = "--seed", defaultValue = "42", description = "The generator's seed (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--corpus", defaultValue = EvalCommand.DEFAULT_CORPUS,
			description = "The real corpus the generator takes its statistics from (default: ${DEFAULT-VALUE}).")
	Path corpus;

	@Option(names = "--work", defaultValue = "target/bench",
			description = "Where the corpus, catalogs and logs go; emptied first (default: ${DEFAULT-VALUE}).")
	Path work;

	@Option(names = "--json", description = "Where to write the JSON (default: <work>/bench-<size>.json).")
	Path json;

	@Option(names = "--skip", split = ",", paramLabel = "<phase>",
			description = "Phases to leave out: ceiling, rerun, restart, nightly, rebuild, cli, pdf.")
	List<String> skip = new ArrayList<>();

	@Option(names = "--java-options", paramLabel = "<options>",
			description = "JVM options of the job processes (default: $DIGESTCAT_JAVA_OPTS, as the digestcat "
					+ "launcher passes them).")
	String javaOptions;

	@Option(names = "--jar", description = "The digestcat jar the jobs run (default: this one).")
	Path jar;

	@Option(names = "--baseline", paramLabel = "<json>",
			description = "The JSON of a smaller run (e.g. --size 2000): peak memory is compared with its.")
	Path baseline;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		for (String phase : this.skip) {
			if (!Benchmark.PHASES.contains(phase)) {
				throw new UserError("--skip: no phase " + phase + "; phases: "
						+ String.join(", ", Benchmark.PHASES.stream().sorted().toList()), ExitCodes.USAGE);
			}
		}
		if (!Files.isDirectory(this.corpus)) {
			throw new UserError("--corpus: " + this.corpus + " is not a folder", ExitCodes.USAGE);
		}
		if (this.baseline != null && !Files.isRegularFile(this.baseline)) {
			throw new UserError("--baseline: no file " + this.baseline, ExitCodes.USAGE);
		}
		Path jarFile = (this.jar != null) ? this.jar : ownJar();
		String options = (this.javaOptions != null) ? this.javaOptions : System.getenv("DIGESTCAT_JAVA_OPTS");
		List<String> jvm = new ArrayList<>(
				(options == null || options.isBlank()) ? List.of() : List.of(options.strip().split("\\s+")));
		String archive = System.getenv("DIGESTCAT_CDS_ARCHIVE");
		if (this.jar == null && archive != null && Files.isRegularFile(Path.of(archive))) {
			// started by ./digestcat: the jobs start the way its commands do
			jvm.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
		}
		Path work = this.work.toAbsolutePath();
		PrintWriter err = this.spec.commandLine().getErr();
		Benchmark.Report report = Benchmark
			.run(new Benchmark.Settings(this.size, this.seed, this.corpus.toAbsolutePath(), work,
					jarFile.toAbsolutePath(), jvm, new HashSet<>(this.skip), this.baseline), err);
		PrintWriter out = this.spec.commandLine().getOut();
		Benchmark.table(report).forEach(out::println);
		Path target = (this.json != null) ? this.json : work.resolve("bench-" + this.size + ".json");
		try {
			Files.writeString(target, Benchmark.json(report), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target, ex);
		}
		out.println("json: " + target);
		out.flush();
		return report.ok() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
	}

	/** The jar this process runs from ({@code java -jar digestcat.jar}). */
	private static Path ownJar() {
		String classPath = System.getProperty("java.class.path", "");
		if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
			throw new UserError("not started from the digestcat jar: give it with --jar", ExitCodes.USAGE);
		}
		return Path.of(classPath);
	}

}
