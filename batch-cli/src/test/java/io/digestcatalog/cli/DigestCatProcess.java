package io.digestcatalog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.hsqldb.jdbc.JDBCDataSource;

/** The real {@code digestcat} jar in its own JVM, as an operator runs it. */
final class DigestCatProcess {

	private final Process process;

	private final StringBuffer out = new StringBuffer();

	private final StringBuffer err = new StringBuffer();

	private DigestCatProcess(Process process) {
		this.process = process;
		pump(process.getInputStream(), this.out);
		pump(process.getErrorStream(), this.err);
	}

	/** Starts the jar with the catalog in {@code dataDir}. */
	static DigestCatProcess start(Path dataDir, String... args) throws IOException {
		return start("-Xmx512m", dataDir, args);
	}

	/** Starts the jar with a heap limit such as {@code -Xmx96m}. */
	static DigestCatProcess start(String maxHeap, Path dataDir, String... args) throws IOException {
		String jar = System.getProperty("digestcat.jar", "target/digestcat.jar");
		List<String> command = new ArrayList<>(List.of(javaBin(), maxHeap, "-jar", jar));
		command.addAll(List.of(args));
		command.add("--digestcat.data-dir=" + dataDir);
		command.add("--digestcat.ingest.chunk-size=100");
		command.add("--digestcat.ingest.progress-interval-millis=0");
		ProcessBuilder pb = new ProcessBuilder(command).directory(dataDir.getParent().toFile());
		return new DigestCatProcess(pb.start());
	}

	/** Runs the jar to its end. */
	static DigestCatProcess run(Path dataDir, String... args) throws Exception {
		DigestCatProcess p = start(dataDir, args);
		p.awaitExit(Duration.ofMinutes(3));
		return p;
	}

	/**
	 * The catalog database of a data directory, opened in this JVM after the process
	 * ended.
	 */
	static JDBCDataSource database(Path dataDir) {
		JDBCDataSource ds = new JDBCDataSource();
		ds.setUrl("jdbc:hsqldb:file:" + dataDir.resolve("catalog") + ";shutdown=true");
		ds.setUser("SA");
		ds.setPassword("");
		return ds;
	}

	int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("digestcat did not end within " + timeout + "; output:\n" + this.out + this.err);
		}
		Thread.sleep(50); // let the pumps drain
		return this.process.exitValue();
	}

	/**
	 * Waits until the process prints a line matching the predicate, on standard output
	 * (results) or standard error (logs and progress).
	 */
	void awaitOutput(Predicate<String> line, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (this.out.toString().lines().anyMatch(line) || this.err.toString().lines().anyMatch(line)) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("digestcat ended before the expected output; output:\n" + this.out + this.err);
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no expected output within " + timeout + "; output:\n" + this.out + this.err);
	}

	/**
	 * SIGKILL: no shutdown hook, no cleanup, as when the machine or the OOM killer takes
	 * it.
	 */
	int kill() throws InterruptedException {
		this.process.destroyForcibly();
		return awaitExit(Duration.ofSeconds(30));
	}

	/**
	 * SIGTERM, as systemd or an operator's {@code kill} sends it; the process stops
	 * gracefully.
	 */
	int terminate(Duration timeout) throws InterruptedException {
		this.process.destroy();
		return awaitExit(timeout);
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	int exitCode() {
		return this.process.exitValue();
	}

	String out() {
		return this.out.toString();
	}

	String err() {
		return this.err.toString();
	}

	/** Everything it printed, results and logs. */
	String all() {
		return this.out.toString() + this.err.toString();
	}

	private static void pump(InputStream in, StringBuffer into) {
		Thread t = new Thread(() -> {
			byte[] buf = new byte[8192];
			try (in) {
				int n;
				while ((n = in.read(buf)) > 0) {
					into.append(new String(buf, 0, n, StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				// the process is gone
			}
		});
		t.setDaemon(true);
		t.start();
	}

	private static String javaBin() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
