package no.fellesgrunn.domain.registration;

import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/**
 * What the organiser's participant list is narrowed to; every part is optional (null = any).
 *
 * @param search       part of the name, e-mail or organisation name, ignoring case
 * @param municipality the actor's home municipality number
 * @param theme        a theme key the actor cares about
 */
public record ParticipantFilter(
        String search,
        Sector sector,
        Perspective perspective,
        String theme,
        String municipality,
        RegistrationStatus status) {
    public static final ParticipantFilter ANY = new ParticipantFilter(null, null, null, null, null, null);

    public ParticipantFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        theme = theme == null || theme.isBlank() ? null : theme;
        municipality = municipality == null || municipality.isBlank() ? null : municipality;
    }
}
