package io.digestcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestInputs;
import io.digestcatalog.core.digest.InputFilter;
import io.digestcatalog.core.digest.RemoteDigestFetcher;
import io.digestcatalog.jobs.ingest.IngestJobParameters;
import io.digestcatalog.jobs.ingest.IngestSummary;
import io.digestcatalog.jobs.ops.ExclusiveRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code digestcat ingest <file|dir|glob>...}: runs the ingest job and prints its
 * summary.
 */
@Component
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = "Read digests (files, folders, globs) into the catalog.")
class IngestCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "<file|dir|glob>", description = "Digests to read.")
	List<String> inputs = new ArrayList<>();

	@Option(names = "--digest-date", paramLabel = "<yyyy-mm-dd>",
			description = "The digests' date, overriding what their content or file name says.")
	LocalDate digestDate;

	@Option(names = "--format", paramLabel = "<name>", description = "Parse as this format instead of sniffing.")
	String format;

	@Option(names = "--include", paramLabel = "<glob>",
			description = "In folders, read only files matching this glob (repeatable), e.g. '*.json'.")
	List<String> include = new ArrayList<>();

	@Option(names = "--exclude", paramLabel = "<glob>",
			description = "In folders, pass over files matching this glob (repeatable).")
	List<String> exclude = new ArrayList<>();

	@Option(names = "--refetch",
			description = "Fetch every paper's artifacts again (conditional requests spare " + "unchanged files).")
	boolean refetch;

	@Option(names = "--no-artifacts", negatable = false,
			description = "Load the digests only; fetch no PDFs in this run.")
	boolean noArtifacts;

	@Option(names = "--json", description = "Print the summary as JSON.")
	boolean json;

	@Spec
	CommandSpec spec;

	private final JobOperator jobOperator;

	private final Job ingestJob;

	private final ExclusiveRuns runs;

	IngestCommand(JobOperator jobOperator, Job ingestJob, ExclusiveRuns runs) {
		this.jobOperator = jobOperator;
		this.ingestJob = ingestJob;
		this.runs = runs;
	}

	@Override
	public Integer call() throws Exception {
		InputFilter filter = new InputFilter(this.include, this.exclude);
		checkInputs(filter);
		JobParameters params = IngestJobParameters.of(absolute(this.inputs), filter, this.digestDate, this.format,
				System.currentTimeMillis(), !this.noArtifacts, this.refetch);
		return this.runs.run("digestcat ingest", () -> report(start(params)));
	}

	private JobExecution start(JobParameters params) {
		try {
			return this.jobOperator.start(this.ingestJob, params);
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private int report(JobExecution execution) {
		IngestSummary summary = IngestSummary.of(execution);
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.json) {
			Output.json(out, summary);
		}
		else {
			SummaryPrinter.print(out, summary);
		}
		return JobOutcome.report(this.spec.commandLine().getErr(), execution, "ingest", summary.failures());
	}

	/** Fails fast, before any job starts, when no input could possibly be a digest. */
	private void checkInputs(InputFilter filter) throws IOException {
		List<String> local = this.inputs.stream().filter(i -> !RemoteDigestFetcher.isUrl(i)).toList();
		List<Path> files = DigestInputs.expand(local, filter);
		if (files.isEmpty() && local.size() == this.inputs.size()) {
			throw new UserError("no files found in " + String.join(" ", this.inputs), ExitCodes.USAGE);
		}
		DigestFormats formats = DigestFormats.standard();
		if (this.format != null && formats.byName(this.format).isEmpty()) {
			throw new UserError(
					"unknown format " + this.format + " (known: " + String.join(", ", formats.names()) + ")",
					ExitCodes.USAGE);
		}
		if (this.format == null && files.size() == 1 && this.inputs.size() == 1) {
			Optional<String> reason = new DigestFile(files.get(0), formats, null).notADigestReason();
			if (reason.isPresent()) {
				throw new UserError(files.get(0) + " is not a digest: " + reason.get(), ExitCodes.USAGE);
			}
		}
	}

	private static List<String> absolute(List<String> inputs) {
		return inputs.stream()
			.map(i -> (RemoteDigestFetcher.isUrl(i) || Path.of(i).isAbsolute()) ? i
					: Path.of("").toAbsolutePath().resolve(i).normalize().toString())
			.toList();
	}

}
