package no.fellesgrunn.web.solver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;
import no.fellesgrunn.infra.solverjob.SolverJob;
import no.fellesgrunn.infra.solverjob.SolverJobChange;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * A job while it executes on this node: its solver, its best solution so far (for the checkpoint),
 * and the changes reported with the job ({@code solver_job_change}, from any node) that it handed to
 * its solver: it remembers the last one, and which the solver has applied.
 */
public final class LocalRun {
    final SolverJob job;
    final Instant started = Instant.now();
    volatile Object best;
    volatile String bestScore;
    volatile int improvements;
    volatile boolean stopRequested;
    volatile String checkpointedScore;
    volatile Instant checkpointedAt = Instant.EPOCH;
    volatile SolverKind.Run<?> run;
    private final LongFunction<List<SolverJobChange>> reportedAfter;
    private Solver<Object> solver;
    private boolean solverEnded;
    private long lastSeq;
    private final List<Applied> handed = new ArrayList<>();

    /**
     * @param reportedAfter the job's changes reported after a sequence number, as stored
     */
    LocalRun(SolverJob job, LongFunction<List<SolverJobChange>> reportedAfter) {
        this.job = job;
        this.improvements = job.improvements();
        this.checkpointedScore = job.checkpointScore();
        this.reportedAfter = reportedAfter;
    }

    public UUID jobId() {
        return job.id();
    }

    /** Every change reported with the job so far (for a run building its problem). */
    List<SolverJobChange> reportedSoFar() {
        return reportedAfter.apply(0);
    }

    @SuppressWarnings("unchecked")
    synchronized void solverBuilt(Solver<?> built) {
        solver = (Solver<Object>) built;
    }

    /**
     * Hands the changes reported since the last call to the solver (called once the solver is built,
     * then whenever a change is announced or progress is written). Nothing once the solver ended.
     */
    synchronized void handReported() {
        if (solver == null || solverEnded || run == null) {
            return;
        }
        for (ProblemChange<Object> change : newChanges()) {
            Applied applied = new Applied(change);
            handed.add(applied);
            solver.addProblemChange(applied);
        }
    }

    /**
     * The solver has ended: no change goes to it any more. Returns the changes it did not apply (it
     * was stopped, or a change came as it ended) and those reported since, to apply to its result.
     * Call after the job stopped taking changes, so none is reported later.
     */
    synchronized List<ProblemChange<Object>> solverEnded() {
        solverEnded = true;
        List<ProblemChange<Object>> left = new ArrayList<>();
        handed.stream().filter(a -> !a.done).forEach(a -> left.add(a.change));
        if (run != null) {
            left.addAll(newChanges());
        }
        return left;
    }

    @SuppressWarnings("unchecked")
    private List<ProblemChange<Object>> newChanges() {
        List<SolverJobChange> reported = reportedAfter.apply(lastSeq);
        if (reported.isEmpty()) {
            return List.of();
        }
        lastSeq = reported.get(reported.size() - 1).seq();
        List<ProblemChange<Object>> changes = new ArrayList<>();
        ((SolverKind.Run<Object>) run).changes(reported).forEach(changes::add);
        return changes;
    }

    /** The organiser asked to stop: the run ends and stores its best result. Safe to call again. */
    synchronized void terminate() {
        stopRequested = true;
        halt();
    }

    /** Ends the solver without a stop request (the node shuts down: the run is continued elsewhere). */
    synchronized void halt() {
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    /** A problem change that remembers whether the solver applied it. */
    private static final class Applied implements ProblemChange<Object> {
        private final ProblemChange<Object> change;
        private volatile boolean done;

        Applied(ProblemChange<Object> change) {
            this.change = change;
        }

        @Override
        public void doChange(Object solution, ProblemChangeDirector director) {
            change.doChange(solution, director);
            done = true;
        }
    }
}
