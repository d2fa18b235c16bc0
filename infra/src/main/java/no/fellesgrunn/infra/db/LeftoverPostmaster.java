package no.fellesgrunn.infra.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.fellesgrunn.infra.db.EmbeddedDatabaseUnavailableException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for a start on a data folder whose last owner died without stopping its server
 * (a {@code kill -9}, a power cut of the JVM only). The folder's lock file ({@code epg-lock}, held
 * by every running embedded server) tells whether a live application still owns it; if none does,
 * the PID in {@code postmaster.pid} is looked at: dead (PostgreSQL removes the stale file itself),
 * a PostgreSQL serving this very folder (stopped with SIGTERM, then SIGINT), or another process
 * that merely got the recycled PID (the stale file is removed). A process that cannot be told apart
 * is never touched: the start fails with advice instead.
 */
final class LeftoverPostmaster {
    enum Kind {
        OURS,
        NOT_OURS,
        UNKNOWN
    }

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final String LOCK_FILE = "epg-lock";

    private LeftoverPostmaster() {}

    static void clear(Path folder, Path cluster, Duration patience) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        cluster.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(folder, "another running application holds " + cluster.resolve(LOCK_FILE));
            }
            clearWhileLocked(folder, cluster, pidFile, patience);
        } catch (OverlappingFileLockException e) {
            throw inUse(folder, "this application already runs an embedded server on it");
        }
    }

    private static void clearWhileLocked(Path folder, Path cluster, Path pidFile, Duration patience)
            throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (RuntimeException e) {
            log.warn("Removing an unreadable {}", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info("{} names PID {}, which is no longer running; PostgreSQL replaces the stale file", pidFile, pid);
            awaitNoProcessIn(cluster, patience);
            return;
        }
        switch (identify(process.get(), cluster)) {
            case OURS -> stop(process.get(), folder, cluster, patience);
            case NOT_OURS -> {
                log.warn(
                        "{} names PID {}, which now belongs to another program ({}); removing the stale file and leaving "
                                + "that program alone",
                        pidFile,
                        pid,
                        process.get().info().command().orElse("?"));
                Files.deleteIfExists(pidFile);
            }
            case UNKNOWN ->
                throw inUse(
                        folder,
                        "PID " + pid + " named in " + pidFile
                                + " is running, and it cannot be told whether it is a PostgreSQL server of this folder");
        }
    }

    /** Ours: a PostgreSQL server whose working directory (or -D argument) is this cluster folder. */
    static Kind identify(ProcessHandle process, Path cluster) {
        Optional<String> command = process.info().command();
        if (command.isEmpty()) {
            return Kind.UNKNOWN;
        }
        String name = Path.of(command.get()).getFileName().toString();
        if (!name.equals("postgres") && !name.equals("postgres.exe")) {
            return Kind.NOT_OURS;
        }
        Optional<Path> dataDirectory = dataDirectoryOf(process);
        if (dataDirectory.isEmpty()) {
            return Kind.UNKNOWN;
        }
        return same(dataDirectory.get(), cluster) ? Kind.OURS : Kind.NOT_OURS;
    }

    private static Optional<Path> dataDirectoryOf(ProcessHandle process) {
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            // The postmaster changes into its data directory; Linux shows it as the process's cwd.
            return Optional.of(Files.readSymbolicLink(cwd));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            String[] arguments = process.info().arguments().orElse(new String[0]);
            for (int i = 0; i + 1 < arguments.length; i++) {
                if (arguments[i].equals("-D")) {
                    return Optional.of(Path.of(arguments[i + 1]));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Waits until no process works in the cluster folder: after a postmaster was killed, its
     * sessions end by themselves within moments, and a new server cannot start while they hold
     * the old shared memory. Linux only (elsewhere there is nothing to look at).
     */
    static void awaitNoProcessIn(Path cluster, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (ProcessHandle.allProcesses()
                .anyMatch(p -> p.pid() != ProcessHandle.current().pid() && worksIn(p, cluster))) {
            if (System.nanoTime() > deadline) {
                log.warn("Processes of an earlier PostgreSQL server still work in {}", cluster);
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean worksIn(ProcessHandle process, Path cluster) {
        try {
            return same(Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")), cluster);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void stop(ProcessHandle postmaster, Path folder, Path cluster, Duration patience)
            throws IOException {
        log.warn(
                "A PostgreSQL server left behind by an earlier run still holds {} (PID {}); stopping it",
                folder,
                postmaster.pid());
        // SIGTERM: PostgreSQL's smart shutdown; the dead application's sessions are gone already.
        postmaster.destroy();
        if (awaitExit(postmaster, patience)) {
            awaitNoProcessIn(cluster, patience);
            return;
        }
        // SIGINT: fast shutdown, which also ends sessions that are still open.
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .inheritIO()
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            log.warn("Could not send SIGINT to PID {}: {}", postmaster.pid(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (awaitExit(postmaster, patience)) {
            awaitNoProcessIn(cluster, patience);
        } else {
            throw inUse(
                    folder,
                    "the PostgreSQL server left behind by an earlier run (PID " + postmaster.pid()
                            + ") did not stop; stop it with: kill -INT " + postmaster.pid());
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static EmbeddedDatabaseUnavailableException inUse(Path folder, String detail) {
        return new EmbeddedDatabaseUnavailableException(folder, Reason.FOLDER_IN_USE, detail, null);
    }
}
