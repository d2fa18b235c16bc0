package no.fellesgrunn.web.solver;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.fellesgrunn.infra.solverjob.SolverJob;
import no.fellesgrunn.infra.solverjob.SolverJobStore;
import no.fellesgrunn.planner.scheduling.PhaseStop;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs solver jobs of every {@link SolverKind} as persistent db-scheduler tasks, so a job is queued in
 * PostgreSQL, claimed by one node, heart-beaten, and taken over by another node when its node dies.
 * On this node at most {@code concurrentJobs} solve at once (db-scheduler's threads); the rest wait.
 * A running job writes progress every {@code progressInterval} and its improved best solution every
 * {@code checkpointInterval} ({@link ProgressRelay}); a node that takes a job over starts from that
 * checkpoint. On shutdown, running jobs store a checkpoint and go back to the queue as interrupted.
 */
public class SolverJobEngine implements AutoCloseable {
    static final String TASK = "solver-job";
    private static final Logger LOG = LoggerFactory.getLogger(SolverJobEngine.class);

    private final SolverJobStore store;
    private final SolverJobSettings settings;
    private final Map<String, SolverKind<?>> kinds;
    private final Map<UUID, LocalRun> runs = new ConcurrentHashMap<>();
    private final ProgressRelay relay;
    private final CustomTask<Void> task;
    private final Scheduler scheduler;
    private volatile boolean crashed;
    private volatile boolean shuttingDown;

    public SolverJobEngine(
            DataSource dataSource,
            SolverJobStore store,
            java.util.List<SolverKind<?>> kinds,
            SolverJobSettings settings) {
        this(dataSource, store, kinds, settings, java.util.List.of());
    }

    /**
     * @param housekeeping recurring tasks run on the same scheduler (one node runs each), e.g. the
     *                     nightly personal-data retention job
     */
    public SolverJobEngine(
            DataSource dataSource,
            SolverJobStore store,
            java.util.List<SolverKind<?>> kinds,
            SolverJobSettings settings,
            java.util.List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>> housekeeping) {
        this.store = store;
        this.settings = settings;
        this.kinds = kinds.stream().collect(Collectors.toMap(SolverKind::name, Function.identity()));
        this.relay = new ProgressRelay(dataSource, store, this.kinds, settings, runs);
        // A failure leaves the execution as it is: it is revived as a dead execution (the job is
        // marked failed by execute() whenever the database lets it).
        this.task = Tasks.custom(TASK, Void.class)
                .onFailure((complete, operations) -> LOG.warn(
                        "Solver job {} left unfinished on {}",
                        complete.getExecution().taskInstance.getId(),
                        settings.node()))
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, context) -> execute(UUID.fromString(instance.getId()), context));
        // startTasks also makes the recurring tasks known to the scheduler.
        this.scheduler = Scheduler.create(dataSource, task)
                .startTasks(housekeeping)
                .schedulerName(new SchedulerName.Fixed(settings.node()))
                .threads(settings.concurrentJobs())
                .pollingInterval(settings.pollInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(Duration.ofSeconds(10))
                .enableImmediateExecution()
                .build();
    }

    public SolverJobEngine start() {
        scheduler.start();
        relay.start();
        LOG.info(
                "Solver jobs on node {}: {} at once, heartbeat {}, taken over after {}",
                settings.node(),
                settings.concurrentJobs(),
                settings.heartbeatInterval(),
                settings.deadAfter());
        return this;
    }

    public SolverJobSettings settings() {
        return settings;
    }

    /** Queues a job; refused when the event has an active job of this kind. */
    SolverProgress enqueue(String kind, UUID eventId, String parametersJson, String requestedBy, String whatRuns) {
        SolverJob job = store.enqueue(eventId, kind, parametersJson, requestedBy)
                .orElseThrow(() -> new AppRefusal(AppError.SOLVER_ALREADY_RUNNING, whatRuns));
        scheduler.schedule(task.instance(job.id().toString()), Instant.now());
        SolverProgress queued = relay.progress(job);
        relay.board(kind).post(queued);
        return queued;
    }

    SolverProgress status(String kind, UUID eventId) {
        return relay.status(kind, eventId);
    }

    /** Stops the event's active job: a queued one is cancelled, a running one stores its best result. */
    void stop(String kind, UUID eventId) {
        SolverJob job =
                store.latest(eventId, kind).filter(j -> j.status().isActive()).orElse(null);
        if (job == null) {
            return;
        }
        if (job.status() == SolverJob.Status.QUEUED && store.cancelQueued(job.id())) {
            try {
                scheduler.cancel(TaskInstanceId.of(TASK, job.id().toString()));
            } catch (RuntimeException pickedMeanwhile) {
                LOG.debug("Solver job {} was picked while cancelled; it ends at once", job.id());
            }
        } else {
            store.requestStop(job.id());
            LocalRun local = runs.get(job.id());
            if (local != null) {
                local.terminate();
            }
        }
        relay.refresh(kind, eventId);
    }

    Runnable subscribe(String kind, UUID eventId, java.util.function.Consumer<SolverProgress> listener) {
        return relay.board(kind).subscribe(eventId, listener);
    }

    int listenerCount(String kind, UUID eventId) {
        return relay.board(kind).listenerCount(eventId);
    }

    /**
     * Keeps a change reported for the event's active job of this kind with that job, to reach its
     * solver on whichever node runs it (joins the caller's transaction). False when there is no active
     * job, or its solver has ended.
     */
    boolean report(String kind, UUID eventId, String changeJson, String reportedBy) {
        return store.latest(eventId, kind)
                .filter(j -> j.status().isActive())
                .map(j -> store.addChange(j.id(), changeJson, reportedBy))
                .orElse(false);
    }

    private CompletionHandler<Void> execute(UUID jobId, ExecutionContext context) {
        SolverJob queued = store.find(jobId).orElse(null);
        if (queued == null || !queued.status().isActive()) {
            return new CompletionHandler.OnCompleteRemove<>();
        }
        if (queued.stopRequested() && queued.status() == SolverJob.Status.QUEUED) {
            store.cancelled(jobId);
            relay.refresh(queued.kind(), queued.eventId());
            return new CompletionHandler.OnCompleteRemove<>();
        }
        SolverJob job = store.claim(jobId, settings.node()).orElse(null);
        if (job == null) {
            return new CompletionHandler.OnCompleteRemove<>();
        }
        if (job.resumed() > 0) {
            LOG.info(
                    "Node {} takes over solver job {} ({} of event {}) from its checkpoint {}",
                    settings.node(),
                    jobId,
                    job.kind(),
                    job.eventId(),
                    job.checkpointScore());
        }
        LocalRun local = new LocalRun(job, after -> store.changes(jobId, after));
        runs.put(jobId, local);
        try {
            return run(kinds.get(job.kind()), job, local, context);
        } catch (RuntimeException e) {
            if (crashed) {
                throw e;
            }
            LOG.error("{} of event {} failed", job.kind(), job.eventId(), e);
            // A refusal without arguments is stored as its code, so the page can say it in the reader's language.
            store.failed(
                    jobId,
                    e.getClass().getSimpleName(),
                    e instanceof no.fellesgrunn.domain.common.DomainException refused
                                    && refused.args().isEmpty()
                            ? refused.code()
                            : e.getMessage() == null ? e.toString() : e.getMessage());
            return new CompletionHandler.OnCompleteRemove<>();
        } finally {
            runs.remove(jobId);
            relay.refresh(job.kind(), job.eventId());
        }
    }

    @SuppressWarnings("unchecked")
    private <S> CompletionHandler<Void> run(
            SolverKind<S> kind, SolverJob job, LocalRun local, ExecutionContext context) {
        JobBoard board = relay.board(kind.name());
        board.post(relay.progress(local, JobStatus.STARTING));
        SolverKind.Run<S> run = kind.prepare(job, local);
        local.run = run;
        Duration limit = remaining(kind.timeLimit(), job);
        Solver<S> solver = SolverFactory.<S>create(kind.solverConfig(limit)).buildSolver();
        solver.addEventListener(event -> {
            local.best = event.getNewBestSolution();
            local.bestScore = String.valueOf(event.getNewBestScore());
            local.improvements++;
            board.post(relay.progress(local, JobStatus.SOLVING));
        });
        local.solverBuilt(solver);
        local.handReported();
        if (job.stopRequested()) {
            local.terminate();
        }
        S start = run.start();
        local.best = start;
        if (local.bestScore == null) {
            local.bestScore = run.score(start);
        }
        board.post(relay.progress(local, JobStatus.SOLVING));
        // A stop asked for while the run was being built: OptaPlanner forgets it when solve() starts.
        // The seating's own search phases end early on a stop or a waiting change (PhaseStop).
        S best = local.stopRequested || shuttingDown
                ? start
                : PhaseStop.during(
                        () -> solver.isTerminateEarly() || !solver.isEveryProblemChangeProcessed(),
                        () -> solver.solve(start));
        if (crashed) {
            throw new IllegalStateException("node " + settings.node() + " crashed");
        }
        if ((shuttingDown || context.getSchedulerState().isShuttingDown()) && !local.stopRequested) {
            local.best = best;
            relay.checkpoint(local);
            store.interrupted(job.id(), settings.node());
            LOG.info(
                    "Solver job {} interrupted by shutdown of node {}; it continues from its checkpoint",
                    job.id(),
                    settings.node());
            return (complete, operations) -> operations.reschedule(complete, Instant.now());
        }
        best = applyLateChanges(kind, job, local, best);
        SolverKind.Result result = run.finish(best, local.stopRequested);
        SolverJob.Status end = local.stopRequested ? SolverJob.Status.STOPPED : SolverJob.Status.FINISHED;
        store.ended(
                job.id(),
                end,
                result.score(),
                result.resultCount(),
                result.unmatched(),
                result.peopleToTell(),
                result.planVersionId());
        return new CompletionHandler.OnCompleteRemove<>();
    }

    /**
     * The job stops taking changes; those its solver did not apply (it was stopped, or they came as it
     * ended) are applied to its best solution by a short solve of a tenth of the limit (at least 1 s).
     */
    @SuppressWarnings("unchecked")
    private <S> S applyLateChanges(SolverKind<S> kind, SolverJob job, LocalRun local, S best) {
        store.closeChanges(job.id());
        java.util.List<org.optaplanner.core.api.solver.change.ProblemChange<Object>> late = local.solverEnded();
        if (late.isEmpty()) {
            return best;
        }
        LOG.info("Solver job {} applies {} change(s) reported as it ended", job.id(), late.size());
        Duration brief = Duration.ofMillis(Math.max(1000, kind.timeLimit().toMillis() / 10));
        Solver<S> solver = SolverFactory.<S>create(kind.solverConfig(brief)).buildSolver();
        late.forEach(change ->
                solver.addProblemChange((org.optaplanner.core.api.solver.change.ProblemChange<S>) (Object) change));
        return solver.solve(best);
    }

    /** A job taken over gets what is left of its limit since it first started, at least a quarter of it. */
    static Duration remaining(Duration limit, SolverJob job) {
        if (job.resumed() == 0 || job.startedAt() == null) {
            return limit;
        }
        Duration left = limit.minus(Duration.between(job.startedAt(), Instant.now()));
        Duration least = limit.dividedBy(4);
        // OptaPlanner takes whole milliseconds.
        return Duration.ofMillis(Math.max(1, (left.compareTo(least) < 0 ? least : left).toMillis()));
    }

    /**
     * Ends this node as if its process died (for tests): no more progress, checkpoints or results;
     * its running jobs are left claimed in the database, with a heartbeat that stops.
     */
    void crash() {
        crashed = true;
        relay.crash();
        runs.values().forEach(LocalRun::terminate);
        scheduler.stop();
    }

    @Override
    public void close() {
        if (crashed) {
            return;
        }
        // Running solvers end now; their jobs store a checkpoint and wait for a node in the queue.
        shuttingDown = true;
        runs.values().forEach(LocalRun::halt);
        scheduler.stop();
        relay.close();
    }
}
