package com.nashir.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips integration tests on PostgreSQL when no server answers, except in CI (CI=true), where
 * a missing database must fail the build rather than pass it silently.
 */
public class EngineAvailable implements ExecutionCondition {
    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgres".equals(TestDatabase.engine()) || "true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("engine " + TestDatabase.engine());
        }
        if (reachable == null) {
            reachable = TestDatabase.postgresReachable();
        }
        return reachable
                ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
                : ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + TestDatabase.PG_URL);
    }
}
