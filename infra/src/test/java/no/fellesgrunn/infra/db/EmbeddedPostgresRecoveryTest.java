package no.fellesgrunn.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.fellesgrunn.infra.db.EmbeddedDatabaseUnavailableException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Crashes and leftovers: the application killed, the server killed, PID files that lie. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EmbeddedPostgresRecoveryTest {
    private static final Duration NO_WATCHDOG = Duration.ofHours(1);

    @Test
    void afterTheApplicationIsKilledTheNextStartSucceedsOnTheSameFolder(@TempDir Path dataDir) throws Exception {
        Process application = new ProcessBuilder(
                        javaCommand(CrashingApplication.class, dataDir.toString(), "før krasjet"))
                .redirectErrorStream(true)
                .start();
        long leftover;
        try {
            leftover = awaitReady(application);
        } finally {
            application.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        }
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
                .as("the server outlived its application")
                .contains(true);

        try (EmbeddedPostgresServer next = start(dataDir, NO_WATCHDOG)) {
            assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(next.postmasterPid()).isNotEqualTo(leftover);
            assertThat(names(next)).containsExactly("før krasjet");
        }
    }

    @Test
    void aKilledServerLeavesAStalePidFileThatIsNoObstacle(@TempDir Path dataDir) throws Exception {
        EmbeddedPostgresServer first = start(dataDir, NO_WATCHDOG);
        save(first, "lagret");
        ProcessHandle.of(first.postmasterPid()).orElseThrow().destroyForcibly();
        first.close();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).exists();

        try (EmbeddedPostgresServer next = start(dataDir, NO_WATCHDOG)) {
            assertThat(names(next)).containsExactly("lagret");
        }
    }

    @Test
    void aPidFileNamingAnotherServerOrProgramNeverStopsIt(@TempDir Path dataDir, @TempDir Path otherDir)
            throws Exception {
        start(dataDir, NO_WATCHDOG).close();
        Process program = new ProcessBuilder("sleep", "300").start();
        try (EmbeddedPostgresServer other = start(otherDir, NO_WATCHDOG)) {
            for (long pid : List.of(program.pid(), other.postmasterPid())) {
                Files.writeString(
                        dataDir.resolve("postgres/postmaster.pid"), pid + "\n" + dataDir.resolve("postgres") + "\n");
                assertThat(LeftoverPostmaster.identify(
                                ProcessHandle.of(pid).orElseThrow(), dataDir.resolve("postgres")))
                        .isEqualTo(LeftoverPostmaster.Kind.NOT_OURS);
                try (EmbeddedPostgresServer server = start(dataDir, NO_WATCHDOG)) {
                    assertThat(names(server)).isEmpty();
                }
                assertThat(program.isAlive()).isTrue();
                assertThat(names(other)).isEmpty();
            }
        } finally {
            program.destroyForcibly();
        }
    }

    @Test
    void aFolderUsedByARunningApplicationIsNotTakenOver(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgresServer running = start(dataDir, NO_WATCHDOG)) {
            assertThatThrownBy(() -> start(dataDir, NO_WATCHDOG))
                    .isInstanceOfSatisfying(EmbeddedDatabaseUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.FOLDER_IN_USE);
                        assertThat(new EmbeddedDatabaseFailureAnalyzer()
                                        .analyze(e)
                                        .getAction())
                                .contains("in use by another running Fellesgrunn")
                                .doesNotContain("embedded-db.port");
                    });
            assertThat(names(running)).isEmpty();
        }
    }

    @Test
    void theWatchdogStartsADeadServerAgainAndThePoolReconnects(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgresServer server = start(dataDir, Duration.ofMillis(200));
                HikariDataSource pool = (HikariDataSource) new EmbeddedPostgresConfiguration().dataSource(server)) {
            JdbcClient db = JdbcClient.create(pool);
            db.sql("create table saved (name text)").update();
            db.sql("insert into saved values ('før')").update();
            long killed = server.postmasterPid();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (server.restarts() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(server.restarts()).isEqualTo(1);
            assertThat(server.postmasterPid()).isNotEqualTo(killed);
            db.sql("insert into saved values ('etter')").update();
            assertThat(db.sql("select name from saved order by name")
                            .query(String.class)
                            .list())
                    .containsExactly("etter", "før");
        }
    }

    private static EmbeddedPostgresServer start(Path dataDir, Duration watchdog) {
        return EmbeddedPostgresServer.start(new EmbeddedPostgresServer.Options(dataDir, 0, true, watchdog, null));
    }

    private static void save(EmbeddedPostgresServer server, String name) throws SQLException {
        try (Connection c = connect(server);
                Statement s = c.createStatement()) {
            s.execute("create table saved (name text)");
            s.execute("insert into saved values ('" + name + "')");
        }
    }

    private static List<String> names(EmbeddedPostgresServer server) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(server);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name from saved")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if (!"42P01".equals(e.getSQLState())) { // no table saved: nothing saved
                throw e;
            }
        }
        return names;
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(
                server.jdbcUrl(EmbeddedPostgresConfiguration.DATABASE), server.username(), server.password());
    }

    private static List<String> javaCommand(Class<?> main, String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(
                List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static long awaitReady(Process application) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                return Long.parseLong(line.substring(6).trim());
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the child application ended before it was ready:\n" + seen);
    }
}
