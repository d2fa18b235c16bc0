package no.fellesgrunn.domain.plan;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the organiser's decisions about an event's matches and whether they are published.
 * Reviews go with their match: replacing an event's matches forgets them.
 */
public interface MatchReviewRepository {
    /** The reviews of the event's matches that someone decided, by match id (others are proposed). */
    Map<UUID, MatchReview> findByEvent(UUID eventId);

    /**
     * Stores a decision (optimistic locking: version 0 inserts, otherwise the stored version must
     * match); returns it with its new version.
     */
    MatchReview save(MatchReview review, String editedBy);

    Optional<MatchPublication> findPublication(UUID eventId);

    /** Marks the event's matches as published; refused if they already are. */
    void publish(MatchPublication publication);
}
