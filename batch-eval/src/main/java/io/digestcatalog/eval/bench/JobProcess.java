package io.digestcatalog.eval.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the real {@code digestcat} jar in a process of its own, as an operator or
 * the nightly timer starts it, measured from outside: wall time, peak resident set (the
 * kernel's high-water mark, {@code VmHWM}, polled while it runs) and peak heap (the
 * largest heap in use before a collection, from the JVM's own GC log).
 */
final class JobProcess {

	private static final Pattern PROGRESS = Pattern.compile("progress: (\\d+) entries read");

	/** {@code GC(3) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms} */
	private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	/**
	 * The high-water mark only grows: a poll now and then sees it, and leaves the job the
	 * CPU (polling every 20 ms took a quarter of a core).
	 */
	private static final long POLL_MILLIS = 250;

	private final List<String> javaOptions;

	private final Path jar;

	private final Path logs;

	JobProcess(Path jar, List<String> javaOptions, Path logs) {
		this.jar = jar;
		this.javaOptions = List.copyOf(javaOptions);
		this.logs = logs;
	}

	/**
	 * What a run measured.
	 *
	 * @param exitCode the process's exit code (137 when killed)
	 * @param wallMillis from start to exit
	 * @param peakRssBytes the resident set's high-water mark
	 * @param peakHeapBytes the most heap in use before a collection (0 if none ran)
	 * @param output standard output
	 * @param errors standard error
	 */
	record Result(int exitCode, long wallMillis, long peakRssBytes, long peakHeapBytes, String output, String errors) {

		boolean ok() {
			return this.exitCode == 0;
		}

	}

	/** Runs {@code args} against the catalog in {@code dataDir} to its end. */
	Result run(String name, Path dataDir, String... args) {
		return run(name, dataDir, entries -> false, args);
	}

	/**
	 * Runs {@code args}, killing the process with SIGKILL once its progress line reports
	 * entries read that {@code killWhen} accepts.
	 */
	Result run(String name, Path dataDir, LongPredicate killWhen, String... args) {
		Path gcLog = this.logs.resolve(name + ".gc.log");
		Path out = this.logs.resolve(name + ".out");
		Path err = this.logs.resolve(name + ".err");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.javaOptions);
		command.add("-Xlog:gc:file=" + gcLog);
		command.add("-jar");
		command.add(this.jar.toString());
		command.addAll(List.of(args));
		command.add("--digestcat.data-dir=" + dataDir);
		try {
			Files.createDirectories(this.logs);
			Files.createDirectories(dataDir);
			long started = System.nanoTime();
			Process process = new ProcessBuilder(command).directory(dataDir.toFile())
				.redirectOutput(out.toFile())
				.redirectError(ProcessBuilder.Redirect.PIPE)
				.start();
			StringBuilder errors = new StringBuilder();
			Thread drain = new Thread(() -> drain(process, errors, killWhen), "drain-" + name);
			drain.setDaemon(true);
			drain.start();
			long peakRss = 0;
			while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
				peakRss = Math.max(peakRss, highWaterMark(process.pid()));
			}
			long wall = (System.nanoTime() - started) / 1_000_000;
			drain.join(10_000);
			Files.writeString(err, errors, StandardCharsets.UTF_8);
			return new Result(process.exitValue(), wall, peakRss, peakHeap(gcLog),
					Files.readString(out, StandardCharsets.UTF_8), errors.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot run " + String.join(" ", command), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while " + name + " ran", ex);
		}
	}

	private static void drain(Process process, StringBuilder errors, LongPredicate killWhen) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				synchronized (errors) {
					errors.append(line).append('\n');
				}
				Matcher m = PROGRESS.matcher(line);
				if (m.find() && killWhen.test(Long.parseLong(m.group(1)))) {
					// SIGKILL: no shutdown hook, no chance to tidy up
					process.destroyForcibly();
				}
			}
		}
		catch (IOException ex) {
			// the process is gone; what it wrote so far is kept
		}
	}

	/**
	 * {@code VmHWM} of {@code /proc/<pid>/status}, in bytes; 0 once the process is gone.
	 */
	static long highWaterMark(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// exited between two polls
		}
		return 0;
	}

	/** The largest heap in use before a collection, from a {@code -Xlog:gc} file. */
	static long peakHeap(Path gcLog) throws IOException {
		if (!Files.exists(gcLog)) {
			return 0;
		}
		long peak = 0;
		for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
			Matcher m = GC_LINE.matcher(line);
			if (m.find()) {
				peak = Math.max(peak, Long.parseLong(m.group(1)));
			}
		}
		return peak * 1024 * 1024;
	}

}
