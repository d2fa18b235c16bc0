package no.fellesgrunn.infra.solverjob;

import java.time.Instant;
import java.util.UUID;

/**
 * One solver run of an event as stored in {@code solver_job}: who asked, where it stands, which node
 * runs it, its progress, the best solution so far (checkpoint) and, when ended, what was stored.
 *
 * @param kind       {@code MATCHING} or {@code SCHEDULING}
 * @param parameters JSON object with what the run needs besides the event as stored
 * @param checkpoint JSON of the best solution written so far (null before the first), with its score
 * @param resumed    how often a node took the run over after an interruption
 */
public record SolverJob(
        UUID id,
        UUID eventId,
        String kind,
        Status status,
        String parameters,
        String requestedBy,
        String node,
        Instant queuedAt,
        Instant startedAt,
        Instant endedAt,
        Instant heartbeat,
        boolean stopRequested,
        String bestScore,
        int improvements,
        String checkpoint,
        String checkpointScore,
        int resumed,
        Integer resultCount,
        Integer unmatched,
        Integer peopleToTell,
        UUID planVersionId,
        String errorCode,
        String message) {

    /** Where a run stands; QUEUED, RUNNING and INTERRUPTED are active (one per event and kind). */
    public enum Status {
        QUEUED,
        RUNNING,
        INTERRUPTED,
        FINISHED,
        STOPPED,
        CANCELLED,
        FAILED;

        public boolean isActive() {
            return this == QUEUED || this == RUNNING || this == INTERRUPTED;
        }
    }
}
