package no.fellesgrunn.infra.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Stands in for the application in {@link EmbeddedPostgresRecoveryTest}: run in a child JVM, it
 * starts the embedded server on the folder it is given, saves a row, prints
 * {@code READY <postmaster pid>} and waits to be killed with {@code kill -9}.
 */
public final class CrashingApplication {
    private CrashingApplication() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server =
                EmbeddedPostgresServer.start(EmbeddedPostgresServer.Options.of(Path.of(args[0]), 0));
        try (Connection connection = DriverManager.getConnection(
                        server.jdbcUrl(EmbeddedPostgresConfiguration.DATABASE), server.username(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists saved (name text)");
            statement.execute("insert into saved values ('" + args[1] + "')");
        }
        System.out.println("READY " + server.postmasterPid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
