package no.fellesgrunn.domain.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;

/**
 * Two actors the matching solver suggests for a coffee chat, with why.
 *
 * @param eventId the event the matching was run for, or null for matching outside an event
 */
public record Match(
        UUID id,
        UUID eventId,
        UUID actorA,
        UUID actorB,
        double similarity,
        List<String> sharedThemes,
        List<String> reasons,
        Instant createdAt) {
    public Match {
        Check.notNull(id, "match id");
        Check.notNull(actorA, "first actor");
        Check.notNull(actorB, "second actor");
        if (actorA.equals(actorB)) {
            throw new DomainException(DomainError.MATCH_WITH_SELF, "an actor cannot be matched with themselves");
        }
        if (similarity < 0 || similarity > 1) {
            throw new DomainException(
                    DomainError.MATCH_SIMILARITY_RANGE, "similarity must be between 0 and 1, was " + similarity);
        }
        sharedThemes = Check.list(sharedThemes, "shared themes");
        reasons = Check.list(reasons, "reasons");
        Check.notNull(createdAt, "created at");
    }

    public static Match of(
            UUID eventId,
            UUID a,
            UUID b,
            double similarity,
            List<String> sharedThemes,
            List<String> reasons,
            Instant at) {
        return new Match(Ids.newId(), eventId, a, b, similarity, sharedThemes, reasons, at);
    }

    public boolean involves(UUID actorId) {
        return actorA.equals(actorId) || actorB.equals(actorId);
    }
}
