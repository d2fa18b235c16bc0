package no.fellesgrunn.domain.registration;

import java.util.EnumSet;
import java.util.Set;

/** An actor invited to, registered for, cancelled from, or present at an event. */
public enum RegistrationStatus {
    INVITED,
    REGISTERED,
    CANCELLED,
    ATTENDED;

    public Set<RegistrationStatus> next() {
        return switch (this) {
            case INVITED -> EnumSet.of(REGISTERED, CANCELLED);
            // Someone who cancelled may change their mind and register again.
            case REGISTERED -> EnumSet.of(CANCELLED, ATTENDED);
            case CANCELLED -> EnumSet.of(REGISTERED);
            case ATTENDED -> EnumSet.noneOf(RegistrationStatus.class);
        };
    }

    public boolean canMoveTo(RegistrationStatus target) {
        return next().contains(target);
    }

    /** Registered or present: the people the scheduler seats. */
    public boolean isTakingPart() {
        return this == REGISTERED || this == ATTENDED;
    }
}
