package no.fellesgrunn.domain.plan;

import java.time.Instant;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;

/** The organiser published an event's matches: from then on participants see the ones not rejected. */
public record MatchPublication(UUID eventId, String publishedBy, Instant publishedAt, int matchCount) {
    public MatchPublication {
        Check.notNull(eventId, "event");
        publishedBy = Check.text(publishedBy, "published by", 200);
        Check.notNull(publishedAt, "published at");
    }
}
