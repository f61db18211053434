package io.digestcatalog.core.artifact;

import java.time.Duration;

/** Turns sizes, durations and text from servers into parts of one-line failures. */
final class Lines {

	private static final int MAX = 120;

	private Lines() {
	}

	/**
	 * Text a server chose, made one printable line of bounded length so that it cannot
	 * forge log lines.
	 */
	static String clean(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length() && out.length() < MAX; i++) {
			char c = text.charAt(i);
			out.append((c >= 0x20 && c < 0x7f) ? c : '?');
		}
		return (text.length() > MAX) ? out + "…" : out.toString();
	}

	/** {@code 100 MB}, {@code 64 KB}, {@code 1500 bytes}: binary units, exact only. */
	static String size(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return bytes / 1024 + " KB";
		}
		return bytes + " bytes";
	}

	/** {@code 30s}, {@code 300ms}, {@code 2m}. */
	static String duration(Duration d) {
		long millis = d.toMillis();
		if (millis % 60_000 == 0 && millis >= 60_000 && millis % 3_600_000 != 0) {
			return millis / 60_000 + "m";
		}
		if (millis % 1000 == 0) {
			return millis / 1000 + "s";
		}
		return millis + "ms";
	}

}
