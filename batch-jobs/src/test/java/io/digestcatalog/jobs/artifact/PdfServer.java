package io.digestcatalog.jobs.artifact;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 serving the corpus PDFs with ETags, plus scripted
 * faults, counting the requests of every path.
 */
final class PdfServer implements AutoCloseable {

	static final Path CORPUS = Path.of(System.getProperty("digestcat.shared", "../../shared"), "corpus");

	private final HttpServer server;

	final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	final Map<String, AtomicInteger> conditional = new ConcurrentHashMap<>();

	private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

	private volatile long delayMillis;

	PdfServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/** Serves a file at {@code /papers/<name>}. */
	PdfServer pdf(String name, Path file) throws IOException {
		this.bodies.put("/papers/" + name, Files.readAllBytes(file));
		return this;
	}

	PdfServer body(String path, byte[] body) {
		this.bodies.put(path, body);
		return this;
	}

	PdfServer slow(long millis) {
		this.delayMillis = millis;
		return this;
	}

	String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	int requestsOf(String path) {
		return this.requests.getOrDefault(path, new AtomicInteger()).get();
	}

	int totalRequests() {
		return this.requests.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		int n = this.requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
		try (exchange) {
			if (this.delayMillis > 0) {
				Thread.sleep(this.delayMillis);
			}
			if (path.startsWith("/flaky/") && n == 1) {
				exchange.sendResponseHeaders(500, -1);
				return;
			}
			if (path.equals("/private.pdf")) {
				exchange.getResponseHeaders().add("Location", "http://10.0.0.5/paper.pdf");
				exchange.sendResponseHeaders(302, -1);
				return;
			}
			byte[] body = this.bodies.get(path.replaceFirst("^/flaky/", "/papers/"));
			if (body == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
			if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				this.conditional.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
				exchange.sendResponseHeaders(304, -1);
				return;
			}
			exchange.getResponseHeaders().add("Content-Type", "application/pdf");
			exchange.getResponseHeaders().add("ETag", etag);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
