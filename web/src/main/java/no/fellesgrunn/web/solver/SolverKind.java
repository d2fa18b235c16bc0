package no.fellesgrunn.web.solver;

import java.time.Duration;
import no.fellesgrunn.infra.solverjob.SolverJob;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * What the {@link SolverJobEngine} needs to know about one kind of solver job (matching, seating):
 * how to build a run from the event as stored, how to write and read its best solution so far,
 * and how to store its result. Runs execute on a job-engine thread of whichever node claimed them,
 * without a signed-in user: access was checked when the job was queued.
 *
 * @param <S> the planning solution
 */
public interface SolverKind<S> {
    /** {@code MATCHING} or {@code SCHEDULING}, as in {@code solver_job.kind}. */
    String name();

    Duration timeLimit();

    SolverConfig solverConfig(Duration timeLimit);

    /**
     * Builds the run from the event as stored now. With a checkpoint (a run taken over from a node
     * that stopped), the starting solution is that best solution so far, as far as it still fits the event.
     */
    Run<S> prepare(SolverJob job, LocalRun local);

    /** One prepared run. */
    interface Run<S> {
        S start();

        /** The score of a solution, if it has one (the starting plan of matching has). */
        String score(S solution);

        /** The solution's assignments as JSON, to continue from on another node. */
        String checkpoint(S best);

        /**
         * The problem changes that changes reported with the job call for, in order (re-planning). Called
         * with every change once, in the order reported, the first time with all reported before the
         * solver started. Kinds without such changes return none.
         */
        default java.util.List<org.optaplanner.core.api.solver.change.ProblemChange<S>> changes(
                java.util.List<no.fellesgrunn.infra.solverjob.SolverJobChange> reported) {
            return java.util.List.of();
        }

        /** Stores the result (matches or a draft plan version) and says what was stored. */
        Result finish(S best, boolean stopped);
    }

    /** What a finished run stored, for {@code solver_job} and the progress panel. */
    record Result(String score, int resultCount, int unmatched, Integer peopleToTell, java.util.UUID planVersionId) {}
}
