package no.fellesgrunn.domain.actor;

import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/**
 * Who may change a person's profile and consents on their behalf. Actors are shared across events,
 * so a profile belongs to the person: they change it themselves, an admin may correct it, and an
 * organiser looks after it only for people who have no login of their own and take part only in
 * events that organiser organises (people registered on their behalf because they do not use
 * computers). Anyone else's profile is theirs alone; an organiser may still register them for their
 * own event.
 *
 * @param admin           an administrator, who may correct any profile
 * @param organisedEvents the events the editor organises
 */
public record ProfileSteward(boolean admin, Set<UUID> organisedEvents) {
    public ProfileSteward {
        organisedEvents = Set.copyOf(organisedEvents);
    }

    public static ProfileSteward administrator() {
        return new ProfileSteward(true, Set.of());
    }

    public static ProfileSteward organiserOf(Set<UUID> events) {
        return new ProfileSteward(false, events);
    }

    /**
     * @param actor        the stored profile
     * @param actorsEvents every event the actor is registered for
     * @return whether this editor may change the profile and its consents
     */
    public boolean mayChange(Actor actor, Set<UUID> actorsEvents) {
        if (admin) {
            return true;
        }
        return actor.userAccountId() == null && !actorsEvents.isEmpty() && organisedEvents.containsAll(actorsEvents);
    }

    /**
     * Changes a profile on the person's behalf: refused unless this editor {@link #mayChange may
     * change} it; the result keeps the person's address and login and is checked by the actor's rules.
     *
     * @param stored       the stored profile
     * @param actorsEvents every event the actor is registered for
     */
    public Actor change(Actor stored, Set<UUID> actorsEvents, ProfileChange change) {
        if (!mayChange(stored, actorsEvents)) {
            throw new DomainException(
                    DomainError.PROFILE_NOT_IN_YOUR_CARE,
                    "the profile of " + stored.id()
                            + " is its owner's: they have a login, or take part in events this editor does not organise");
        }
        return change.applyTo(stored);
    }
}
