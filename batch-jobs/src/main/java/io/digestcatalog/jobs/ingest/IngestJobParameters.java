package io.digestcatalog.jobs.ingest;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import io.digestcatalog.core.digest.InputFilter;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The parameters of an {@code ingest} run, by name. */
public final class IngestJobParameters {

	/** The inputs as given (files, folders, globs), one per line. */
	public static final String INPUTS = "inputs";

	/** An explicit digest date (ISO), overriding what the digests say. */
	public static final String DIGEST_DATE = "digest.date";

	/** A format name forcing the parser instead of sniffing. */
	public static final String FORMAT = "format";

	/** Globs of files to read from folders, one per line. */
	public static final String INCLUDE = "include";

	/** Globs of files to pass over in folders, one per line. */
	public static final String EXCLUDE = "exclude";

	/** {@code true} to fetch every artifact again (conditionally). */
	public static final String REFETCH = "refetch";

	/** {@code false} to load digests without fetching artifacts in this run. */
	public static final String ARTIFACTS = "artifacts";

	/** Makes every launch a new instance, so the same inputs can be ingested again. */
	public static final String RUN_ID = "run.id";

	/** The longest value the job repository stores for one parameter. */
	static final int MAX_VALUE_LENGTH = 2500;

	private IngestJobParameters() {
	}

	public static JobParameters of(List<String> inputs, LocalDate digestDate, String format, long runId) {
		return of(inputs, InputFilter.ALL, digestDate, format, runId);
	}

	public static JobParameters of(List<String> inputs, InputFilter filter, LocalDate digestDate, String format,
			long runId) {
		return of(inputs, filter, digestDate, format, runId, true, false);
	}

	public static JobParameters of(List<String> inputs, InputFilter filter, LocalDate digestDate, String format,
			long runId, boolean artifacts, boolean refetch) {
		String joined = String.join("\n", inputs);
		if (joined.length() > MAX_VALUE_LENGTH) {
			throw new IllegalArgumentException("the inputs are too long to record (" + joined.length()
					+ " characters, at most " + MAX_VALUE_LENGTH + "): pass a folder or a glob instead");
		}
		JobParametersBuilder builder = new JobParametersBuilder().addString(INPUTS, joined).addLong(RUN_ID, runId);
		if (!artifacts) {
			builder.addString(ARTIFACTS, "false");
		}
		if (refetch) {
			builder.addString(REFETCH, "true");
		}
		if (digestDate != null) {
			builder.addString(DIGEST_DATE, digestDate.toString());
		}
		if (format != null) {
			builder.addString(FORMAT, format);
		}
		if (!filter.includes().isEmpty()) {
			builder.addString(INCLUDE, String.join("\n", filter.includes()));
		}
		if (!filter.excludes().isEmpty()) {
			builder.addString(EXCLUDE, String.join("\n", filter.excludes()));
		}
		return builder.toJobParameters();
	}

	static List<String> inputs(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split("\n"));
	}

}
