package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.SyntheticDigest;

/**
 * The jar as a user meets it: help, exit codes, and one clear line for every user error.
 */
class CliFunctionalTests {

	@TempDir
	Path work;

	@Test
	void helpAndVersionNeedNoDatabase() throws Exception {
		Path data = this.work.resolve("data");
		DigestCatProcess help = DigestCatProcess.run(data, "--help");
		DigestCatProcess version = DigestCatProcess.run(data, "--version");

		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("Usage: digestcat").contains("ingest").contains("jobs").contains("catalog");
		assertThat(version.exitCode()).isZero();
		assertThat(version.out()).startsWith("digestcat ");
		assertThat(data).doesNotExist();
	}

	@Test
	void userErrorsPrintOneLineWithoutAStackTrace() throws Exception {
		Path data = this.work.resolve("data");
		Path junk = this.work.resolve("junk.txt");
		Files.write(junk, new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x13, 0x37 });

		DigestCatProcess missing = DigestCatProcess.run(data, "ingest", this.work.resolve("nope.txt").toString());
		DigestCatProcess notADigest = DigestCatProcess.run(data, "ingest", junk.toString());
		DigestCatProcess typo = DigestCatProcess.run(data, "ingets", "x");

		assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(missing.err().lines())
			.containsExactly("error: no such file or folder: " + this.work.resolve("nope.txt"));
		assertThat(notADigest.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(notADigest.err().lines())
			.containsExactly("error: " + junk + " is not a digest: binary content (NUL bytes), not a text digest");
		assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(typo.err()).startsWith("error: Unmatched argument").doesNotContain("\tat ");
	}

	@Test
	void aSecondProcessOnALockedCatalogSaysSoInOneLine() throws Exception {
		Path data = this.work.resolve("data");
		// long enough to be still running when the second process asks
		Path digest = SyntheticDigest.write(this.work.resolve("big.txt"), 80_000, 3);
		// resolving 80,000 papers wants more than the tests' default 512 MB heap
		DigestCatProcess running = DigestCatProcess.start("-Xmx2g", data, "ingest", digest.toString());
		running.awaitOutput(line -> line.startsWith("progress:"), Duration.ofMinutes(2));

		DigestCatProcess second = DigestCatProcess.run(data, "catalog", "stats");
		assertThat(running.out()).as("the first process still runs").doesNotContain("COMPLETED");

		assertThat(second.exitCode()).isEqualTo(ExitCodes.DATABASE);
		assertThat(second.err().lines()).singleElement()
			.satisfies(l -> assertThat(l)
				.startsWith("error: the catalog is in use by `digestcat ingest` (pid " + running.pid() + ", since ")
				.endsWith("; wait for it to end, or run digestcat daemon, which shares the catalog with other "
						+ "commands while it runs jobs"));
		assertThat(running.awaitExit(Duration.ofMinutes(3))).isZero();
	}

	@Test
	void aOneGigabyteDigestIsReadInBoundedMemory() throws Exception {
		Path data = this.work.resolve("data");
		Path huge = this.work.resolve("2026-07-29.txt");
		try (var out = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE)) {
			out.write(java.nio.ByteBuffer
				.wrap(("Jul 29\n\nA Paper Before\n\nIts abstract is fine.\n\n" + "A Paper With A Gigabyte Abstract\n\n")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			java.nio.ByteBuffer line = java.nio.ByteBuffer.wrap("word ".repeat(200_000).getBytes());
			for (long written = 0; written < (1L << 30); written += line.capacity()) {
				out.write(line.rewind());
			}
			out.write(java.nio.ByteBuffer.wrap("\n\nA Paper After\n\nIts abstract is fine too.\n".getBytes()));
		}

		DigestCatProcess ingest = DigestCatProcess.start("-Xmx96m", data, "ingest", huge.toString());

		assertThat(ingest.awaitExit(Duration.ofMinutes(5))).as(ingest.out() + ingest.err()).isZero();
		assertThat(ingest.out()).contains("entries:  3 read, 1 quarantined")
			.contains("papers:   2 new")
			.contains("#2 (line 7): paragraph longer than 65536 characters");
	}

}
