package no.fellesgrunn.infra.solverjob;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on PostgreSQL's channel {@code solver_job} (LISTEN/NOTIFY) on one connection of its own and
 * hands each payload ({@code KIND:event id}) to a consumer, on its own thread. If the connection
 * breaks, it reconnects after a pause; callers poll as well, so a notification lost meanwhile only
 * delays an update until the next poll.
 */
public final class SolverJobNotifications implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SolverJobNotifications.class);

    private final DataSource dataSource;
    private final Consumer<String> consumer;
    private final Duration wait;
    private final Thread thread;
    private volatile boolean closed;

    public SolverJobNotifications(DataSource dataSource, Consumer<String> consumer, Duration wait, String name) {
        this.dataSource = dataSource;
        this.consumer = consumer;
        this.wait = wait;
        this.thread = new Thread(this::run, "solver-job-listen-" + name);
        thread.setDaemon(true);
    }

    public SolverJobNotifications start() {
        thread.start();
        return this;
    }

    private void run() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen solver_job");
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications((int) Math.max(1, wait.toMillis()));
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (Exception e) {
                if (!closed) {
                    LOG.warn(
                            "Listening for solver job changes failed ({}); polling until it works again", e.toString());
                    pause();
                }
            }
        }
    }

    private void deliver(String payload) {
        try {
            consumer.accept(payload);
        } catch (RuntimeException e) {
            LOG.warn("Handling the solver job change {} failed", payload, e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(Math.max(1000, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
