package no.fellesgrunn.infra.db;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL could not start; the application stops and says what to do instead. The
 * {@link Reason} decides the advice, so that a locked folder is not answered with advice about ports.
 */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {
    /** Why the start failed, as far as it can be told. */
    public enum Reason {
        /** The data folder cannot be created or written. */
        FOLDER_NOT_USABLE,
        /** Another running application or PostgreSQL server uses the data folder. */
        FOLDER_IN_USE,
        /** The configured port is taken by another program. */
        PORT_IN_USE,
        /** The bundled PostgreSQL programs could not be unpacked or run. */
        BINARIES,
        /** The folder holds a password-protected cluster but its password file is gone. */
        PASSWORD_MISSING,
        /** Anything else: the server's own lines in the log say more. */
        OTHER
    }

    private final transient Path dataDirectory;
    private final Reason reason;

    public EmbeddedDatabaseUnavailableException(Path dataDirectory, Throwable cause) {
        this(dataDirectory, reasonOf(cause), cause.getMessage(), cause);
    }

    public EmbeddedDatabaseUnavailableException(Path dataDirectory, Reason reason, String detail, Throwable cause) {
        super("The embedded PostgreSQL could not start with its data in " + dataDirectory + ": " + detail, cause);
        this.dataDirectory = dataDirectory;
        this.reason = reason;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Reason reason() {
        return reason;
    }

    /** Reads the cause of a failed start of the bundled server: binaries that cannot be run, or something else. */
    static Reason reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExceptionInInitializerError) {
                return Reason.BINARIES;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("No Postgres binary")
                    || message.contains("unpacked")
                    || message.contains("initdb")
                    || message.contains("Cannot run program")
                    || message.contains("error=13")) {
                return Reason.BINARIES;
            }
        }
        return Reason.OTHER;
    }
}
