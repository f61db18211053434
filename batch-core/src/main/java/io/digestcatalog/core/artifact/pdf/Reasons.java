package io.digestcatalog.core.artifact.pdf;

import java.time.Duration;

/** One-line reasons for failures, for operators rather than developers. */
final class Reasons {

	private static final int MAX = 200;

	private Reasons() {
	}

	static String oneLine(Throwable ex) {
		String message = ex.getMessage();
		if (message == null || message.isBlank()) {
			message = ex.getClass().getSimpleName();
		}
		message = message.replaceAll("\\s+", " ").strip();
		return (message.length() > MAX) ? message.substring(0, MAX) + "…" : message;
	}

	/** {@code 30s}, {@code 1500ms}: how a limit was configured, not a rounded value. */
	static String duration(Duration d) {
		if (d.toMillis() == 0) {
			return d.toNanos() + "ns";
		}
		return (d.toMillis() % 1000 == 0) ? d.toSeconds() + "s" : d.toMillis() + "ms";
	}

}
