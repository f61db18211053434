package io.digestcatalog.core.catalog;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL runs of the integration tests, with the reason, where no server is
 * named; in CI they run anyway and fail on the missing server. Loaded by the
 * {@code postgres} test executions (extension auto-detection).
 */
public final class PostgresAvailable implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String why = PostgresTestServer.unavailable();
		if (why == null) {
			return ConditionEvaluationResult.enabled("the chosen database is there");
		}
		if (System.getenv("CI") != null) {
			return ConditionEvaluationResult.enabled("CI runs every PostgreSQL test: " + why);
		}
		return ConditionEvaluationResult.disabled(why);
	}

}
