package no.fellesgrunn.web.outcome;

import java.util.UUID;

/** One table in one round of an event: where an outcome belongs. */
public record TableKey(UUID eventId, UUID roundId, UUID tableId) {

    /** The route of the outcome page. */
    public String href() {
        return "tables/" + eventId + "/" + roundId + "/" + tableId;
    }
}
