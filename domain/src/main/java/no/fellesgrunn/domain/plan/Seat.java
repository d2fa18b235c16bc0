package no.fellesgrunn.domain.plan;

import java.util.UUID;
import no.fellesgrunn.domain.common.Check;

/**
 * A participant at a table in a round. {@code challengeId} is null at an open table; a pinned
 * seat is one the organiser fixed and the scheduler must keep.
 */
public record Seat(UUID actorId, UUID roundId, UUID tableId, UUID challengeId, boolean pinned) {
    public Seat {
        Check.notNull(actorId, "participant");
        Check.notNull(roundId, "round");
        Check.notNull(tableId, "table");
    }
}
