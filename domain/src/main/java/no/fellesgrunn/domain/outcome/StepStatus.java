package no.fellesgrunn.domain.outcome;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a next step stands. It can be started, finished or dropped from any open state; a step
 * done or dropped by mistake can be taken up again (back to under way).
 */
public enum StepStatus {
    NOT_STARTED,
    UNDER_WAY,
    DONE,
    DROPPED;

    public Set<StepStatus> next() {
        return switch (this) {
            case NOT_STARTED -> EnumSet.of(UNDER_WAY, DONE, DROPPED);
            case UNDER_WAY -> EnumSet.of(NOT_STARTED, DONE, DROPPED);
            case DONE, DROPPED -> EnumSet.of(UNDER_WAY);
        };
    }

    /** Not done and not dropped: it still asks something of its owner. */
    public boolean open() {
        return this == NOT_STARTED || this == UNDER_WAY;
    }
}
