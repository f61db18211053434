package io.digestcatalog.core.artifact;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port, with scripted routes, that
 * records every request it receives (when, with which headers) and how many were in
 * flight at once.
 */
final class TestServer implements AutoCloseable {

	/** A scripted answer; {@code n} counts this route's requests from 1. */
	@FunctionalInterface
	interface Route {

		void answer(HttpExchange exchange, int n) throws IOException, InterruptedException;

	}

	/** One request as the server saw it. */
	record Hit(String path, long startNanos, Headers headers) {

	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final Map<String, Route> routes = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger maxInFlight = new AtomicInteger();

	/** Released when the server stops, for routes that stall. */
	final CountDownLatch stopping = new CountDownLatch(1);

	TestServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::dispatch);
		this.server.start();
	}

	TestServer route(String path, Route route) {
		this.routes.put(path, route);
		return this;
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + port() + path);
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	/** The allow-list entry for this server alone. */
	String allowEntry() {
		return "127.0.0.1:" + port();
	}

	List<Hit> hits() {
		synchronized (this.hits) {
			return List.copyOf(this.hits);
		}
	}

	List<Hit> hits(String path) {
		return hits().stream().filter(h -> h.path().equals(path)).toList();
	}

	int maxInFlight() {
		return this.maxInFlight.get();
	}

	private void dispatch(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		this.hits.add(new Hit(path, System.nanoTime(), exchange.getRequestHeaders()));
		this.maxInFlight.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
		try (exchange) {
			Route route = this.routes.get(path);
			if (route == null) {
				send(exchange, 404, "text/plain", "no such thing".getBytes());
				return;
			}
			route.answer(exchange, this.counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet());
		}
		catch (IOException ex) {
			// the client hung up, as aborting clients do
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		if (contentType != null) {
			exchange.getResponseHeaders().set("Content-Type", contentType);
		}
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	static void pdf(HttpExchange exchange, byte[] body) throws IOException {
		send(exchange, 200, "application/pdf", body);
	}

	static void redirect(HttpExchange exchange, int status, String location) throws IOException {
		exchange.getResponseHeaders().set("Location", location);
		exchange.sendResponseHeaders(status, -1);
	}

	@Override
	public void close() throws InterruptedException {
		this.stopping.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
		this.executor.awaitTermination(5, TimeUnit.SECONDS);
	}

}
