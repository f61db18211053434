package io.digestcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The systemd units shipped in {@code config/systemd/}: systemd itself finds no fault in
 * them, and they run the commands this build has.
 */
class SystemdUnitsTests {

	private static final Path UNITS = Path.of(System.getProperty("digestcat.samples", "../samples"))
		.resolveSibling("config")
		.resolve("systemd");

	@Test
	void systemdAcceptsTheUnits() throws Exception {
		Path analyze = Path.of("/usr/bin/systemd-analyze");
		assumeTrue(Files.isExecutable(analyze) || System.getenv("CI") != null,
				"systemd-analyze is not installed here; .ci/run installs it");
		Process verify = new ProcessBuilder(analyze.toString(), "verify",
				UNITS.resolve("digestcat-daemon.service").toString(),
				UNITS.resolve("digestcat-rebuild.service").toString(),
				UNITS.resolve("digestcat-rebuild.timer").toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(verify.exitValue()).as(output).isZero();
		assertThat(output).as("no warnings").isBlank();
	}

	/**
	 * The deployment example of {@code config/deploy/}: systemd accepts the broker, the
	 * manager and an instance of the worker template, they run the commands this build
	 * has, and every setting their environment file names is one this build reads.
	 */
	@Test
	void theDeploymentUnitsAreValidAndRunTheBrokerTheManagerAndWorkers(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		Path deploy = UNITS.resolveSibling("deploy");
		Path analyze = Path.of("/usr/bin/systemd-analyze");
		assumeTrue(Files.isExecutable(analyze) || System.getenv("CI") != null,
				"systemd-analyze is not installed here; .ci/run installs it");
		Path broker = Files.copy(deploy.resolve("digestcat-broker.service"), dir.resolve("digestcat-broker.service"));
		Path manager = Files.copy(deploy.resolve("digestcat-manager.service"),
				dir.resolve("digestcat-manager.service"));
		// a template is verified as one of its instances
		Path worker = Files.copy(deploy.resolve("digestcat-worker@.service"),
				dir.resolve("digestcat-worker@1.service"));
		Process verify = new ProcessBuilder(analyze.toString(), "verify", broker.toString(), manager.toString(),
				worker.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(verify.exitValue()).as(output).isZero();
		assertThat(output).as("no warnings").isBlank();

		assertThat(Files.readString(broker)).containsPattern("(?m)^ExecStart=.*digestcat\\.jar broker ");
		assertThat(Files.readString(manager)).containsPattern("(?m)^ExecStart=.*digestcat\\.jar daemon$");
		assertThat(Files.readString(worker)).containsPattern("(?m)^ExecStart=.*digestcat\\.jar worker$")
			.contains("DIGESTCAT_DATA_DIR=/var/lib/digestcat/worker-%i");
		String env = Files.readString(deploy.resolve("digestcat.env"));
		assertThat(env).contains("SPRING_PROFILES_ACTIVE=postgres", "DIGESTCAT_REMOTE_ENABLED=true",
				"SPRING_ARTEMIS_BROKER_URL=");
		assertThat(List.of("broker", "worker", "daemon"))
			.allSatisfy(command -> assertThat(DigestCatApplication.execute(command, "--help")).isEqualTo(ExitCodes.OK));
	}

	@Test
	void theUnitsRunTheDaemonAndTheRebuildStoppingThemWithSigterm() throws Exception {
		String daemon = Files.readString(UNITS.resolve("digestcat-daemon.service"));
		String rebuild = Files.readString(UNITS.resolve("digestcat-rebuild.service"));
		String timer = Files.readString(UNITS.resolve("digestcat-rebuild.timer"));

		assertThat(daemon).containsPattern("(?m)^ExecStart=.*digestcat\\.jar daemon$")
			.contains("KillSignal=SIGTERM")
			.contains("SuccessExitStatus=143");
		assertThat(rebuild).containsPattern("(?m)^ExecStart=.*digestcat\\.jar rebuild$")
			.contains("Type=oneshot")
			.containsPattern("(?m)^SuccessExitStatus=4 143$");
		assertThat(timer).contains("Unit=digestcat-rebuild.service").contains("Persistent=true");
		assertThat(List.of("daemon", "rebuild"))
			.allSatisfy(command -> assertThat(DigestCatApplication.execute(command, "--help")).isEqualTo(ExitCodes.OK));
	}

}
