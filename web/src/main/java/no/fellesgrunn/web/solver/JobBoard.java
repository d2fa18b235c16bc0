package no.fellesgrunn.web.solver;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs of one solver kind, one per event: their latest progress and the views listening to
 * them. Solver threads post progress here; listeners are called on the posting thread, so a view
 * must hand the update to its UI with {@code UI.access}. Views unsubscribe when they detach.
 */
final class JobBoard {
    private static final Logger LOG = LoggerFactory.getLogger(JobBoard.class);

    /** What the board keeps per event while and after a job runs. */
    static final class Job {
        final Instant started;
        volatile boolean stopRequested;
        volatile int improvements;

        Job(Instant started) {
            this.started = started;
        }

        Duration elapsed() {
            return Duration.between(started, Instant.now());
        }
    }

    /** One daemon thread for the elapsed-time ticks of every board. */
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "solver-progress-clock");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration timeLimit;
    private final Map<UUID, SolverProgress> progress = new ConcurrentHashMap<>();
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final Map<UUID, List<Consumer<SolverProgress>>> listeners = new ConcurrentHashMap<>();

    JobBoard(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    Duration timeLimit() {
        return timeLimit;
    }

    /** Registers a new job, or returns null when one is already running for the event. */
    synchronized Job tryStart(UUID eventId) {
        if (status(eventId).status().isRunning()) {
            return null;
        }
        Job job = new Job(Instant.now());
        jobs.put(eventId, job);
        post(new SolverProgress(eventId, JobStatus.STARTING, null, 0, Duration.ZERO, timeLimit, null, null, null,
                null, null));
        startClock(eventId, job);
        return job;
    }

    /**
     * While the job runs, posts its real elapsed time every second, so the progress moves on even
     * when the solver finds nothing better for a while (a re-plan that keeps the published plan).
     */
    private void startClock(UUID eventId, Job job) {
        ScheduledFuture<?>[] tick = new ScheduledFuture<?>[1];
        tick[0] = CLOCK.scheduleAtFixedRate(() -> {
            synchronized (this) {
                SolverProgress now = progress.get(eventId);
                if (jobs.get(eventId) != job || now == null || !now.status().isRunning()) {
                    tick[0].cancel(false);
                    return;
                }
                post(now.with(now.status(), now.bestScore(), now.improvements(), job.elapsed()));
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    Job job(UUID eventId) {
        return jobs.get(eventId);
    }

    SolverProgress status(UUID eventId) {
        return progress.getOrDefault(eventId, SolverProgress.idle(eventId, timeLimit));
    }

    /** Stores the progress and tells every listener of the event; a failing listener does not stop the others. */
    synchronized void post(SolverProgress update) {
        progress.put(update.eventId(), update);
        for (Consumer<SolverProgress> listener : listeners.getOrDefault(update.eventId(), List.of())) {
            try {
                listener.accept(update);
            } catch (RuntimeException e) {
                LOG.warn("A listener of the solver job for event {} failed", update.eventId(), e);
            }
        }
    }

    /** Adds a listener; run the returned handle to remove it (when the view detaches). */
    Runnable subscribe(UUID eventId, Consumer<SolverProgress> listener) {
        listeners.computeIfAbsent(eventId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(eventId, List.of()).remove(listener);
    }

    int listenerCount(UUID eventId) {
        return listeners.getOrDefault(eventId, List.of()).size();
    }
}
