package no.fellesgrunn.planner.matching;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a constraint matched a single actor: over capacity, or left without a match. */
public record ActorReason(Kind kind, Actor actor, int matches) implements ConstraintJustification {

    public enum Kind {
        OVER_CAPACITY,
        WITHOUT_MATCH
    }
}
