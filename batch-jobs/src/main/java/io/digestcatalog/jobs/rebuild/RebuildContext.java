package io.digestcatalog.jobs.rebuild;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.digestcatalog.jobs.catalog.GenerationDataSource;

/**
 * What a rebuild keeps in its job execution context, so that a restart goes on with the
 * same generations: the one it fills, the one it read, and what the one it read held.
 *
 * @param target the generation being built
 * @param base the generation its digests come from
 * @param baseFingerprint what the base held when the rebuild began
 */
public record RebuildContext(int target, int base, String baseFingerprint) {

	static final String TARGET = "digestcat.generation.target";

	static final String BASE = "digestcat.generation.base";

	static final String BASE_FINGERPRINT = "digestcat.generation.base.fingerprint";

	/** The rebuild's generations, or {@code null} before its first step ran. */
	public static RebuildContext of(JobExecution execution) {
		ExecutionContext c = execution.getExecutionContext();
		if (!c.containsKey(TARGET)) {
			return null;
		}
		return new RebuildContext(c.getInt(TARGET), c.getInt(BASE), c.getString(BASE_FINGERPRINT));
	}

	void saveIn(JobExecution execution, String targetSchema) {
		ExecutionContext c = execution.getExecutionContext();
		c.putInt(TARGET, this.target);
		c.putInt(BASE, this.base);
		c.putString(BASE_FINGERPRINT, this.baseFingerprint);
		// what points the steps' connections at the new generation
		c.putString(GenerationDataSource.TARGET_SCHEMA, targetSchema);
	}

}
