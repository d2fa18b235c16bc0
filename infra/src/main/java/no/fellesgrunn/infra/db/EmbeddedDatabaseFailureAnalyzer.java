package no.fellesgrunn.infra.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed embedded database start into advice that matches its cause (a folder in use, a
 * taken port, binaries that cannot run, ...), followed by how to use a real server instead.
 */
public class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(), advice(cause) + "\n\n" + SERVER, cause);
    }

    private static final String SERVER =
            "Or point Fellesgrunn at a PostgreSQL server (version 15 or later) instead, for example:\n"
                    + "  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/fellesgrunn\n"
                    + "  export SPRING_DATASOURCE_USERNAME=fellesgrunn\n"
                    + "  export SPRING_DATASOURCE_PASSWORD=...";

    static String advice(EmbeddedDatabaseUnavailableException cause) {
        String folder = cause.dataDirectory() + " (set with fellesgrunn.embedded-db.data-dir)";
        return switch (cause.reason()) {
            case FOLDER_NOT_USABLE -> "The data folder " + folder + " must be a folder this user can create and write.";
            case FOLDER_IN_USE ->
                "The data folder " + folder + " is in use by another running Fellesgrunn or PostgreSQL "
                        + "server. Stop that one first, or give this application its own folder with fellesgrunn.embedded-db.data-dir.";
            case PORT_IN_USE ->
                "The port set with fellesgrunn.embedded-db.port is taken by another program. Choose a free "
                        + "port, or leave the setting out so that a free port is picked at each start.";
            case BINARIES ->
                "The PostgreSQL programs bundled with Fellesgrunn could not be unpacked or run. They are "
                        + "unpacked under java.io.tmpdir/embedded-pg (set -Dot.epg.working-dir=... to move them): that folder "
                        + "must be writable and allow running programs (not mounted noexec), on Linux x86-64.";
            case PASSWORD_MISSING ->
                "The database in " + folder + " requires a password, but its password file "
                        + "(postgres.password in the data folder) is missing. Restore the file from a backup, or start "
                        + "afresh with an empty data folder.";
            case OTHER ->
                "See the PostgreSQL lines in the log above. The data folder " + folder
                        + " must be writable and not in use by another process.";
        };
    }
}
