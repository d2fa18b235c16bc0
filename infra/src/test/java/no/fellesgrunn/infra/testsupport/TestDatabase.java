package no.fellesgrunn.infra.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The real PostgreSQL that integration tests run on, chosen once per test JVM:
 * <ol>
 *   <li>{@code TEST_DB_URL}, {@code TEST_DB_USER}, {@code TEST_DB_PASSWORD} when set (CI sets them);</li>
 *   <li>otherwise a Testcontainers PostgreSQL when a Docker engine answers;</li>
 *   <li>otherwise an embedded PostgreSQL (zonky) in a temporary directory.</li>
 * </ol>
 * Tests never skip for want of a database: if none of the three can be had, they fail and say why.
 * <p>
 * Use it through {@link PostgresTest}, which gives each test class a clean, migrated schema, or
 * call {@link #cleanAndMigrate()} / {@link #clean()} directly (Spring tests in {@code web} clean
 * before their context starts and let the application's Flyway migrate).
 */
public final class TestDatabase {
    private static Server server;

    private TestDatabase() {}

    public record Server(String url, String user, String password, String kind) {}

    /** The server in use, started on first call. */
    public static synchronized Server server() {
        if (server == null) {
            server = start();
            System.out.println("[TestDatabase] Integration tests use " + server.kind() + ": " + server.url());
        }
        return server;
    }

    public static DataSource dataSource() {
        Server s = server();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(s.url());
        dataSource.setUser(s.user());
        dataSource.setPassword(s.password());
        return dataSource;
    }

    /** Drops everything in the schema, then applies every migration: a clean start for a test class. */
    public static void cleanAndMigrate() {
        Flyway flyway = flyway();
        flyway.clean();
        flyway.migrate();
    }

    /** Drops everything in the schema; whoever starts next (for example the application) migrates. */
    public static void clean() {
        flyway().clean();
    }

    private static Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource())
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
    }

    private static Server start() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            Server configured = new Server(
                    url,
                    envOr("TEST_DB_USER", "postgres"),
                    envOr("TEST_DB_PASSWORD", ""),
                    "the PostgreSQL server named by TEST_DB_URL");
            checkReachable(configured);
            return configured;
        }
        if (dockerAnswers()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            return new Server(
                    container.getJdbcUrl(),
                    container.getUsername(),
                    container.getPassword(),
                    "a Testcontainers PostgreSQL");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    // The JVM is ending; the temporary cluster goes with it.
                }
            }));
            return new Server(
                    embedded.getJdbcUrl("postgres", "postgres"),
                    "postgres",
                    "",
                    "an embedded PostgreSQL (no TEST_DB_URL and no Docker engine)");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No PostgreSQL for the integration tests: TEST_DB_URL is not set, "
                            + "no Docker engine answers, and the embedded PostgreSQL failed to start. "
                            + "Set TEST_DB_URL, TEST_DB_USER and TEST_DB_PASSWORD to a PostgreSQL server.",
                    e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void checkReachable(Server s) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(s.url());
        dataSource.setUser(s.user());
        dataSource.setPassword(s.password());
        try (Connection ignored = dataSource.getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "TEST_DB_URL is set to " + s.url() + " but no connection could be made: " + e.getMessage(), e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
