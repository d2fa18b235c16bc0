package no.fellesgrunn.web.solver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import no.fellesgrunn.infra.solverjob.SolverJob;
import no.fellesgrunn.planner.scheduling.ParticipantArrived;
import no.fellesgrunn.planner.scheduling.ParticipantCancelled;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.change.ProblemChange;

/**
 * A job while it executes on this node: its solver, its best solution so far (for the checkpoint),
 * and the people in its problem, so that changes the organiser reports reach the running solver
 * (also when they arrive while the problem is still being built).
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
    private Solver<Object> solver;
    private Set<String> inProblem;
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(String person, boolean mustBeInProblem, Supplier<ProblemChange<?>> change) {
    }

    LocalRun(SolverJob job) {
        this.job = job;
        this.improvements = job.improvements();
        this.checkpointedScore = job.checkpointScore();
    }

    public UUID jobId() {
        return job.id();
    }

    /** The people of the problem as built (a copy is kept; cancellations and arrivals update it). */
    public synchronized void problemBuilt(Set<String> people) {
        inProblem = new java.util.HashSet<>(people);
    }

    @SuppressWarnings("unchecked")
    synchronized void solverBuilt(Solver<?> built) {
        solver = (Solver<Object>) built;
        for (Pending p : pending) {
            apply(p);
        }
        pending.clear();
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

    /**
     * Hands a change about a person to the run, if it concerns the run: a cancellation only if the
     * person is in the problem, an arrival only if not. Before the problem is built, the change is
     * kept and checked then (the problem may already include it, having been read after it was saved).
     *
     * @return whether the run takes (or, being built, will take) the change
     */
    public synchronized boolean change(String person, boolean mustBeInProblem, Supplier<ProblemChange<?>> change) {
        Pending p = new Pending(person, mustBeInProblem, change);
        if (inProblem == null || solver == null) {
            pending.add(p);
            return true;
        }
        return apply(p);
    }

    @SuppressWarnings("unchecked")
    private boolean apply(Pending p) {
        ProblemChange<?> change = p.change().get();
        if (inProblem.contains(p.person()) != p.mustBeInProblem()) {
            // The change was saved before the problem was read: a cancellation or arrival is in it already.
            return change instanceof ParticipantCancelled || change instanceof ParticipantArrived;
        }
        solver.addProblemChange((ProblemChange<Object>) change);
        if (change instanceof ParticipantCancelled) {
            inProblem.remove(p.person());
        } else if (change instanceof ParticipantArrived) {
            inProblem.add(p.person());
        }
        return true;
    }
}
