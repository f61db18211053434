package io.digestcatalog.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real server the tests start on 127.0.0.1 from its Debian package (Prometheus, the
 * Pushgateway): absent locally the test is skipped with a message, in CI (where
 * {@code .ci/run} installs it) it fails.
 */
final class ExternalServer implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private ExternalServer(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** The binary, or the test is skipped (never in CI). */
	static Path binary(String path) {
		Path binary = Path.of(path);
		if (!Files.isExecutable(binary) && System.getenv("CI") != null) {
			throw new AssertionError(path + " is missing: .ci/run installs it");
		}
		assumeTrue(Files.isExecutable(binary), path + " is not installed here (.ci/run installs it); skipped");
		return binary;
	}

	/**
	 * Starts the binary with its arguments ({@code {port}} stands for a free port) and
	 * waits until {@code readyPath} answers 200.
	 */
	static ExternalServer start(Path binary, Path workDir, String readyPath, String... args) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(binary.toString()));
		for (String a : args) {
			command.add(a.replace("{port}", String.valueOf(port)));
		}
		Path log = workDir.resolve(binary.getFileName() + ".log");
		Process p = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		ExternalServer server = new ExternalServer(p, port, log);
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			try {
				if (server.get(readyPath).statusCode() == 200) {
					return server;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			if (!p.isAlive()) {
				throw new AssertionError(binary + " ended at start:\n" + Files.readString(log));
			}
			Thread.sleep(100);
		}
		server.close();
		throw new AssertionError(binary + " did not answer on " + readyPath + ":\n" + Files.readString(log));
	}

	int port() {
		return this.port;
	}

	String address() {
		return "127.0.0.1:" + this.port;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(2))
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	String log() throws IOException {
		return Files.readString(this.log);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
