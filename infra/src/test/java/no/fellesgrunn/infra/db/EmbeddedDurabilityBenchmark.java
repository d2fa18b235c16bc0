package no.fellesgrunn.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What durability costs: 1,000 small inserts, each committed on its own, on the embedded server
 * with fsync and synchronous commit on (as the application runs it) and off (as it ran before).
 * Prints the figures for the README; run it on purpose (JUnit tag {@code benchmark}).
 */
@Tag("benchmark")
class EmbeddedDurabilityBenchmark {
    private static final int INSERTS = 1_000;

    @Test
    void thousandCommittedInsertsWithAndWithoutFsync(@TempDir Path durableDir, @TempDir Path fastDir) throws Exception {
        double fast = measure(fastDir, false);
        double durable = measure(durableDir, true);
        fast = Math.min(fast, measure(fastDir, false));
        durable = Math.min(durable, measure(durableDir, true));
        System.out.printf("%n| embedded server | %,d committed inserts | per commit |%n|---|---|---|%n", INSERTS);
        System.out.printf("| fsync=off, synchronous_commit=off | %.2f s | %.2f ms |%n", fast, fast * 1000 / INSERTS);
        System.out.printf(
                "| fsync=on, synchronous_commit=on | %.2f s | %.2f ms |%n%n", durable, durable * 1000 / INSERTS);
        assertThat(durable).isPositive();
    }

    /** The best of the runs is kept: the machine's other work only ever adds time. */
    private static double measure(Path dir, boolean durable) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                        new EmbeddedPostgresServer.Options(dir, 0, durable, Duration.ofHours(1), null));
                Connection connection = DriverManager.getConnection(
                        server.jdbcUrl(EmbeddedPostgresConfiguration.DATABASE), server.username(), server.password())) {
            try (Statement s = connection.createStatement()) {
                s.execute("create table if not exists bench (id serial primary key, name text)");
                s.execute("show fsync");
            }
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("insert into bench (name) values (?)")) {
                for (int i = 0; i < INSERTS; i++) {
                    insert.setString(1, "Deltaker " + i);
                    insert.executeUpdate();
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
