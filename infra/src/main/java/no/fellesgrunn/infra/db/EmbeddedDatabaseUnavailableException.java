package no.fellesgrunn.infra.db;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start; the application stops and says what to do instead. */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {
    private final transient Path dataDirectory;

    public EmbeddedDatabaseUnavailableException(Path dataDirectory, Throwable cause) {
        super("The embedded PostgreSQL could not start with its data in " + dataDirectory + ": " + cause.getMessage(), cause);
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
