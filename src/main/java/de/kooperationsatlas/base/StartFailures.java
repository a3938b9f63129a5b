package de.kooperationsatlas.base;

import ac.simons.neo4j.migrations.core.MigrationsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up failures an operator can act on, told as a sentence and an action instead of a stack trace. */
final class StartFailures {

    private StartFailures() {}

    /** A store the profile must not use (the demo profile on a production store). */
    static final class Refused extends AbstractFailureAnalyzer<StoreRefusedException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, StoreRefusedException cause) {
            return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
        }
    }

    /** A schema file that changed after it ran, or another migration problem. */
    static final class Migrations extends AbstractFailureAnalyzer<MigrationsException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, MigrationsException cause) {
            return new FailureAnalysis(
                    "The schema migrations in cypher/schema could not be applied: " + cause.getMessage(),
                    "A schema file that already ran must never change: restore it and add a new V…__….cypher file"
                            + " for the change.",
                    cause);
        }
    }
}
