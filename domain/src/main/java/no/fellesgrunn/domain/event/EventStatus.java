package no.fellesgrunn.domain.event;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of a regional event. Registration may be reopened while scheduling (late comers),
 * and a published plan may go back to scheduling when it must change; after the day it is held
 * and then closed once followed up.
 */
public enum EventStatus {
    PLANNING,
    REGISTRATION_OPEN,
    SCHEDULED,
    PUBLISHED,
    HELD,
    CLOSED;

    public Set<EventStatus> next() {
        return switch (this) {
            case PLANNING -> EnumSet.of(REGISTRATION_OPEN);
            case REGISTRATION_OPEN -> EnumSet.of(SCHEDULED);
            case SCHEDULED -> EnumSet.of(PUBLISHED, REGISTRATION_OPEN);
            case PUBLISHED -> EnumSet.of(HELD, SCHEDULED);
            case HELD -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(EventStatus.class);
        };
    }

    public boolean canMoveTo(EventStatus target) {
        return next().contains(target);
    }
}
