package no.fellesgrunn.web.solver;

import java.time.Duration;
import java.util.UUID;

/**
 * A snapshot of an event's solver job, as views show it: status, the best score so far, how many
 * times it improved, elapsed time against the time limit, and after the end what was stored.
 *
 * @param bestScore     e.g. {@code 0hard/0medium/-1234soft}; null before the first plan
 * @param message       why the job failed (null otherwise)
 * @param resultCount   matches found (matching) or seats given (scheduling), when ended; else null
 * @param unmatched     actors without a match (matching) or unseated participant-rounds (scheduling), when ended
 * @param peopleToTell  when re-planning a published plan: how many people must be told; else null
 * @param planVersionId the stored draft plan version (scheduling), when ended
 * @param queuePlace    while queued: 1 for the next job to start, across all nodes; else null
 * @param resumed       how many times a node continued the job after an interruption (restart, crash)
 */
public record SolverProgress(
        UUID eventId,
        JobStatus status,
        String bestScore,
        int improvements,
        Duration elapsed,
        Duration timeLimit,
        String message,
        Integer resultCount,
        Integer unmatched,
        Integer peopleToTell,
        UUID planVersionId,
        Integer queuePlace,
        int resumed) {

    public static SolverProgress idle(UUID eventId, Duration timeLimit) {
        return new SolverProgress(
                eventId, JobStatus.IDLE, null, 0, Duration.ZERO, timeLimit, null, null, null, null, null, null, 0);
    }

    /** Share of the time limit used, 0 to 1 (the solver may end sooner when it stops improving). */
    public double fractionOfTimeLimit() {
        if (!status.isRunning()) {
            return status == JobStatus.IDLE || status == JobStatus.CANCELLED ? 0 : 1;
        }
        return Math.min(1.0, (double) elapsed.toMillis() / Math.max(1, timeLimit.toMillis()));
    }

    SolverProgress with(JobStatus newStatus, String score, int improvementCount, Duration newElapsed) {
        return new SolverProgress(
                eventId,
                newStatus,
                score,
                improvementCount,
                newElapsed,
                timeLimit,
                message,
                resultCount,
                unmatched,
                peopleToTell,
                planVersionId,
                null,
                resumed);
    }
}
