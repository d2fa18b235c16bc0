package no.fellesgrunn.infra.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded database start into a message that says how to use a real server instead. */
public class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Point Fellesgrunn at a PostgreSQL server (version 15 or later) instead, for example:\n"
                        + "  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/fellesgrunn\n"
                        + "  export SPRING_DATASOURCE_USERNAME=fellesgrunn\n"
                        + "  export SPRING_DATASOURCE_PASSWORD=...\n"
                        + "or fix the embedded server's data directory (" + cause.dataDirectory()
                        + ", set with fellesgrunn.embedded-db.data-dir): it must be writable and not in use by another process.",
                cause);
    }
}
