package no.fellesgrunn.domain.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the solvers' output: plan versions with their seats, and matches. */
public interface PlanRepository {
    Optional<PlanVersion> findById(UUID id);

    /** All versions of an event's plan, oldest first. */
    List<PlanVersion> findByEvent(UUID eventId);

    /** The event's latest version (draft or published) with its seats; empty when there is none. */
    Optional<PlanVersion> findLatest(UUID eventId);

    /** The latest published version, which participants see. */
    Optional<PlanVersion> findPublished(UUID eventId);

    /**
     * The ids of the event's latest published versions, newest first, at most {@code limit}: a
     * cheap read that tells a cache of (immutable) published versions which ones are current.
     */
    List<UUID> latestPublishedIds(UUID eventId, int limit);

    /** The status of the event's latest plan version, without its seats; empty when there is none. */
    Optional<PlanStatus> latestStatus(UUID eventId);

    /** Inserts (version 0) or updates (optimistic locking) a plan version with all its seats. */
    PlanVersion save(PlanVersion plan, String editedBy);

    /** Replaces the matches of an event (null: matching outside events) with these. */
    void replaceMatches(UUID eventId, List<Match> matches);

    List<Match> findMatches(UUID eventId);
}
