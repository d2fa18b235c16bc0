package no.fellesgrunn.domain.challenge;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of a challenge: written, handed in to the organisers, selected for an event, worked
 * on, followed up. It can be withdrawn until work has started.
 */
public enum ChallengeStatus {
    DRAFT,
    SUBMITTED,
    SELECTED,
    IN_PROGRESS,
    FOLLOWED_UP,
    WITHDRAWN;

    public Set<ChallengeStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(SELECTED, WITHDRAWN);
            case SELECTED -> EnumSet.of(IN_PROGRESS, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(FOLLOWED_UP);
            case FOLLOWED_UP, WITHDRAWN -> EnumSet.noneOf(ChallengeStatus.class);
        };
    }

    public boolean canMoveTo(ChallengeStatus target) {
        return next().contains(target);
    }
}
