package no.fellesgrunn.domain.plan;

import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/** Two different actors without order: (a, b) and (b, a) are one pair. */
public record ActorPair(UUID low, UUID high) {
    public ActorPair {
        Check.notNull(low, "first actor");
        Check.notNull(high, "second actor");
        if (low.compareTo(high) >= 0) {
            throw new DomainException(
                    DomainError.ACTOR_PAIR_INVALID,
                    "an actor pair needs two different actors, lowest id first; use ActorPair.of");
        }
    }

    public static ActorPair of(UUID a, UUID b) {
        Check.notNull(a, "first actor");
        Check.notNull(b, "second actor");
        if (a.equals(b)) {
            throw new DomainException(DomainError.ACTOR_PAIR_INVALID, "an actor cannot be paired with themselves");
        }
        return a.compareTo(b) < 0 ? new ActorPair(a, b) : new ActorPair(b, a);
    }

    public static ActorPair of(Match match) {
        return of(match.actorA(), match.actorB());
    }
}
