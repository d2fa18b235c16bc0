package no.fellesgrunn.infra.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.fellesgrunn.infra.db.EmbeddedDatabaseUnavailableException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one data folder (the cluster lives in its {@code postgres} folder):
 * started after clearing a server left behind by a crashed run, durable (fsync and synchronous
 * commit on), protected by a generated password over 127.0.0.1 only, and watched: if the server
 * dies while the application runs, it is started again on the same port, so the pool reconnects.
 */
public final class EmbeddedPostgresServer implements Closeable {
    /** How to run; {@code durable=false} only for measurements; {@code binaries} null for the bundled ones. */
    record Options(Path folder, int port, boolean durable, Duration watchdogInterval, PgBinaryResolver binaries) {
        static Options of(Path folder, int port) {
            return new Options(folder, port, true, Duration.ofSeconds(5), null);
        }
    }

    static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Options options;
    private final Path cluster;
    private final String password;
    private final int port;
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile EmbeddedPostgres postgres;
    private volatile long postmasterPid;
    private volatile boolean closed;

    private EmbeddedPostgresServer(Options options, Path cluster, String password, int port) {
        this.options = options;
        this.cluster = cluster;
        this.password = password;
        this.port = port;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static EmbeddedPostgresServer start(Options options) {
        Path folder = options.folder().toAbsolutePath().normalize();
        Path cluster = folder.resolve("postgres");
        try {
            Files.createDirectories(cluster);
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailableException(
                    folder, Reason.FOLDER_NOT_USABLE, String.valueOf(e.getMessage()), e);
        }
        try {
            String password = EmbeddedPassword.loadOrCreate(folder, cluster);
            LeftoverPostmaster.clear(folder, cluster, PATIENCE);
            int port = options.port() > 0 ? requireFree(folder, options.port()) : freePort();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(options, cluster, password, port);
            server.launch();
            try {
                if (!EmbeddedPassword.isProtected(cluster)) {
                    EmbeddedPassword.protect(server.postgres.getPostgresDatabase(), cluster, password);
                    server.awaitPasswordRequired();
                }
                server.createDatabaseIfMissing(EmbeddedPostgresConfiguration.DATABASE);
            } catch (IOException | SQLException | RuntimeException e) {
                server.close();
                throw e;
            }
            long interval = options.watchdogInterval().toMillis();
            server.watchdog.scheduleWithFixedDelay(server::restartIfDead, interval, interval, TimeUnit.MILLISECONDS);
            log.info(
                    "Embedded PostgreSQL runs on 127.0.0.1:{} with its data in {} (fsync {})",
                    port,
                    cluster,
                    options.durable() ? "on" : "OFF");
            return server;
        } catch (EmbeddedDatabaseUnavailableException e) {
            throw e;
        } catch (IOException | SQLException | RuntimeException | ExceptionInInitializerError e) {
            throw new EmbeddedDatabaseUnavailableException(folder, e);
        }
    }

    private void launch() throws IOException {
        String durability = options.durable() ? "on" : "off";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                // Keep the data between restarts: never wipe an existing cluster.
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setConnectConfig("password", password)
                .setServerConfig("fsync", durability)
                .setServerConfig("synchronous_commit", durability)
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", "scram-sha-256");
        if (options.binaries() != null) {
            builder.setPgBinaryResolver(options.binaries());
        }
        postgres = builder.start();
        postmasterPid = readPostmasterPid();
    }

    /** The watchdog's check: a dead server is started again (and again at the next check if that fails). */
    void restartIfDead() {
        if (closed
                || ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false)) {
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            log.error("The embedded PostgreSQL (PID {}) has stopped; starting it again", postmasterPid);
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                log.debug("Closing the dead server", e);
            }
            try {
                LeftoverPostmaster.clear(cluster.getParent(), cluster, PATIENCE);
                launch();
                restarts.incrementAndGet();
                log.info("The embedded PostgreSQL runs again (PID {})", postmasterPid);
            } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
                log.error("Could not start the embedded PostgreSQL again; trying at the next check", e);
            }
        }
    }

    private long readPostmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid"), StandardCharsets.UTF_8)
                .get(0)
                .trim());
    }

    private void awaitPasswordRequired() throws SQLException {
        // pg_reload_conf() signals the server; wait until it refuses a connection without password.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
                sleep(50);
            } catch (SQLException refused) {
                return;
            }
        }
        throw new SQLException("the embedded server still accepts connections without a password");
    }

    private void createDatabaseIfMissing(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + database + " encoding 'UTF8'");
                    }
                }
            }
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    long postmasterPid() {
        return postmasterPid;
    }

    int restarts() {
        return restarts.get();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        watchdog.shutdownNow();
        postgres.close();
    }

    private static int requireFree(Path folder, int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedDatabaseUnavailableException(
                    folder, Reason.PORT_IN_USE, "port " + port + " on 127.0.0.1 is taken (" + e.getMessage() + ")", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
