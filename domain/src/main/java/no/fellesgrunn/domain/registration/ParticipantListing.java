package no.fellesgrunn.domain.registration;

import java.util.UUID;
import no.fellesgrunn.domain.actor.Sector;

/**
 * One line of an event's participant list: the registration with what the organiser needs to see
 * of the actor, read in one query so the list can be paged from the database.
 *
 * @param organisation the organisation's name, or null for a citizen
 * @param hasAccount   whether the actor can sign in (otherwise they need an invitation link)
 */
public record ParticipantListing(
        UUID registrationId,
        UUID actorId,
        String name,
        String email,
        String organisation,
        Sector sector,
        String municipality,
        RegistrationStatus status,
        boolean needsAccessibleTable,
        int wishes,
        boolean hasAccount) {}
