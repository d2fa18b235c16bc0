package no.fellesgrunn.domain.registration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.common.IllegalTransitionException;
import no.fellesgrunn.domain.event.RegionalEvent;

/**
 * An actor at an event: the rounds they can attend, the challenges they wish for (most wanted
 * first) and what they need at the venue.
 *
 * @param needsAccessibleTable the scheduler must seat them at an accessible table
 * @param venueNeeds           free text for the organisers (interpreter, diet, hearing loop...)
 */
public record Registration(
        UUID id,
        UUID eventId,
        UUID actorId,
        Set<UUID> availableRounds,
        List<UUID> wishes,
        boolean needsAccessibleTable,
        String venueNeeds,
        RegistrationStatus status,
        int version) {
    public Registration {
        Check.notNull(id, "registration id");
        Check.notNull(eventId, "event");
        Check.notNull(actorId, "actor");
        availableRounds = Check.set(availableRounds, "available rounds");
        wishes = Check.list(wishes, "wishes");
        if (new HashSet<>(wishes).size() != wishes.size()) {
            throw new DomainException(DomainError.WISH_TWICE, "a challenge may be wished for only once");
        }
        venueNeeds = Check.optionalText(venueNeeds, "accessibility needs at the venue", 1000);
        Check.notNull(status, "status");
        Check.version(version);
    }

    public static Registration register(
            RegionalEvent event,
            UUID actorId,
            Set<UUID> rounds,
            List<UUID> wishes,
            boolean needsAccessibleTable,
            String venueNeeds) {
        Registration r = new Registration(
                Ids.newId(),
                event.id(),
                actorId,
                rounds,
                wishes,
                needsAccessibleTable,
                venueNeeds,
                RegistrationStatus.REGISTERED,
                0);
        r.checkAgainst(event);
        return r;
    }

    /** Available rounds must be the event's rounds and wishes the event's selected challenges. */
    public void checkAgainst(RegionalEvent event) {
        if (!event.id().equals(eventId)) {
            throw new DomainException(
                    DomainError.REGISTRATION_OTHER_EVENT,
                    "registration belongs to another event than " + event.name(),
                    event.name());
        }
        for (UUID round : availableRounds) {
            if (!event.hasRound(round)) {
                throw new DomainException(
                        DomainError.ROUND_NOT_OF_EVENT,
                        "round " + round + " is not a round of " + event.name(),
                        event.name());
            }
        }
        for (UUID wish : wishes) {
            if (event.selected(wish).isEmpty()) {
                throw new DomainException(
                        DomainError.WISH_NOT_SELECTED,
                        "wished challenge " + wish + " is not selected for " + event.name(),
                        event.name());
            }
        }
    }

    public Registration moveTo(RegistrationStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("registration", status, target, status.next());
        }
        return new Registration(
                id, eventId, actorId, availableRounds, wishes, needsAccessibleTable, venueNeeds, target, version);
    }

    public Registration withVersion(int v) {
        return new Registration(
                id, eventId, actorId, availableRounds, wishes, needsAccessibleTable, venueNeeds, status, v);
    }

    /** Keeps identity, status and version; takes availability, wishes and needs from {@code other}. */
    public Registration withDetailsOf(Registration other) {
        return new Registration(
                id,
                eventId,
                actorId,
                other.availableRounds,
                other.wishes,
                other.needsAccessibleTable,
                other.venueNeeds,
                status,
                version);
    }
}
