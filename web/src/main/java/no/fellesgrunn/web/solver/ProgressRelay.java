package no.fellesgrunn.web.solver;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.fellesgrunn.infra.solverjob.SolverJob;
import no.fellesgrunn.infra.solverjob.SolverJobNotifications;
import no.fellesgrunn.infra.solverjob.SolverJobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress between the runs, PostgreSQL and the views: every {@code progressInterval} it writes the
 * progress (and heartbeat) of this node's runs, their improved best solution every
 * {@code checkpointInterval}, and a stop the organiser asked for on any node reaches the run. Views
 * following a job that runs elsewhere get its progress from {@code solver_job}: at once through
 * LISTEN/NOTIFY, and by polling every {@code pollInterval} in case a notification is missed.
 */
final class ProgressRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressRelay.class);

    private final DataSource dataSource;
    private final SolverJobStore store;
    private final Map<String, SolverKind<?>> kinds;
    private final SolverJobSettings settings;
    private final Map<UUID, LocalRun> runs;
    private final Map<String, JobBoard> boards = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;
    private SolverJobNotifications notifications;
    private volatile boolean crashed;

    ProgressRelay(
            DataSource dataSource,
            SolverJobStore store,
            Map<String, SolverKind<?>> kinds,
            SolverJobSettings settings,
            Map<UUID, LocalRun> runs) {
        this.dataSource = dataSource;
        this.store = store;
        this.kinds = kinds;
        this.settings = settings;
        this.runs = runs;
        kinds.keySet().forEach(kind -> boards.put(kind, new JobBoard()));
        this.ticker = Executors.newScheduledThreadPool(1, r -> {
            Thread thread = new Thread(r, "solver-job-progress-" + settings.node());
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        long progressMillis = settings.progressInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::writeProgress, progressMillis, progressMillis, TimeUnit.MILLISECONDS);
        long pollMillis = settings.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::pollWatched, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        notifications = new SolverJobNotifications(dataSource, this::notified, settings.pollInterval(), settings.node())
                .start();
    }

    JobBoard board(String kind) {
        return boards.get(kind);
    }

    private void writeProgress() {
        if (crashed) {
            return;
        }
        for (LocalRun run : runs.values()) {
            try {
                // Changes reported with the job, in case their notification was missed.
                run.handReported();
                boolean stop = store.progress(run.job.id(), settings.node(), run.bestScore, run.improvements);
                if (stop) {
                    run.terminate();
                }
                Duration sinceCheckpoint = Duration.between(run.checkpointedAt, Instant.now());
                if (sinceCheckpoint.compareTo(settings.checkpointInterval()) >= 0) {
                    checkpoint(run);
                }
            } catch (RuntimeException e) {
                LOG.warn("Writing the progress of solver job {} failed: {}", run.job.id(), e.toString());
            }
        }
    }

    /** Writes the run's best solution if it improved since the last checkpoint. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void checkpoint(LocalRun run) {
        Object best = run.best;
        String score = run.bestScore;
        SolverKind.Run solverRun = run.run;
        if (crashed || best == null || score == null || solverRun == null || score.equals(run.checkpointedScore)) {
            return;
        }
        store.checkpoint(run.job.id(), settings.node(), solverRun.checkpoint(best), score);
        run.checkpointedScore = score;
        run.checkpointedAt = Instant.now();
    }

    private void pollWatched() {
        if (crashed) {
            return;
        }
        boards.forEach((kind, board) -> board.watched().forEach(eventId -> {
            try {
                refresh(kind, eventId);
            } catch (RuntimeException e) {
                LOG.warn("Reading the solver job of event {} failed: {}", eventId, e.toString());
            }
        }));
    }

    private void notified(String payload) {
        int colon = payload.indexOf(':');
        JobBoard board = colon < 0 ? null : boards.get(payload.substring(0, colon));
        if (board != null && !crashed) {
            String kind = payload.substring(0, colon);
            UUID eventId = UUID.fromString(payload.substring(colon + 1));
            // A change reported with a job running here reaches its solver at once.
            runs.values().stream()
                    .filter(r -> r.job.kind().equals(kind) && r.job.eventId().equals(eventId))
                    .forEach(LocalRun::handReported);
            if (board.listenerCount(eventId) > 0) {
                refresh(payload.substring(0, colon), eventId);
            }
        }
    }

    /** Tells the views of the event what the database says, unless the job runs here (they hear it live). */
    void refresh(String kind, UUID eventId) {
        JobBoard board = boards.get(kind);
        if (board.listenerCount(eventId) == 0
                || runs.values().stream()
                        .anyMatch(r ->
                                r.job.kind().equals(kind) && r.job.eventId().equals(eventId))) {
            return;
        }
        board.post(status(kind, eventId));
    }

    SolverProgress status(String kind, UUID eventId) {
        return store.latest(eventId, kind)
                .map(this::progress)
                .orElseGet(() -> SolverProgress.idle(eventId, kinds.get(kind).timeLimit()));
    }

    /** A stored job as the organiser sees it; a running job whose heartbeat stopped is interrupted. */
    SolverProgress progress(SolverJob job) {
        Instant now = Instant.now();
        JobStatus status =
                switch (job.status()) {
                    case QUEUED -> JobStatus.QUEUED;
                    case RUNNING ->
                        job.heartbeat() != null
                                        && job.heartbeat()
                                                .plus(settings.deadAfter())
                                                .isBefore(now)
                                ? JobStatus.INTERRUPTED
                                : job.bestScore() == null ? JobStatus.STARTING : JobStatus.SOLVING;
                    case INTERRUPTED -> JobStatus.INTERRUPTED;
                    case FINISHED -> JobStatus.FINISHED;
                    case STOPPED -> JobStatus.STOPPED;
                    case CANCELLED -> JobStatus.CANCELLED;
                    case FAILED -> JobStatus.FAILED;
                };
        Duration elapsed = job.startedAt() == null
                ? Duration.ZERO
                : Duration.between(job.startedAt(), job.endedAt() == null ? now : job.endedAt());
        String score = status == JobStatus.INTERRUPTED && job.checkpointScore() != null
                ? job.checkpointScore()
                : job.bestScore();
        return new SolverProgress(
                job.eventId(),
                status,
                score,
                job.improvements(),
                elapsed,
                kinds.get(job.kind()).timeLimit(),
                job.message(),
                job.resultCount(),
                job.unmatched(),
                job.peopleToTell(),
                job.planVersionId(),
                status == JobStatus.QUEUED ? store.placeInQueue(job) : null,
                job.resumed());
    }

    /** A job running on this node, from its live state. */
    SolverProgress progress(LocalRun run, JobStatus status) {
        SolverJob job = run.job;
        Instant started = job.startedAt() == null ? run.started : job.startedAt();
        return new SolverProgress(
                job.eventId(),
                status,
                run.bestScore,
                run.improvements,
                Duration.between(started, Instant.now()),
                kinds.get(job.kind()).timeLimit(),
                null,
                null,
                null,
                null,
                null,
                null,
                job.resumed());
    }

    void crash() {
        crashed = true;
        close();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        if (notifications != null) {
            notifications.close();
        }
    }
}
