package no.fellesgrunn.web.participant;

import java.util.UUID;
import no.fellesgrunn.domain.actor.Sector;

/**
 * What a participant may see of another person: the name always, the rest only what that person
 * agreed to show ({@link no.fellesgrunn.domain.actor.Consent}). Null means not shown.
 *
 * @param municipality the home municipality's name, shown together with the organisation
 */
public record VisibleProfile(
        UUID actorId,
        String name,
        String organisation,
        Sector sector,
        String municipality,
        String email,
        String phone) {}
