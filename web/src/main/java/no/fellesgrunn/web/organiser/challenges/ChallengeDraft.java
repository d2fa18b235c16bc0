package no.fellesgrunn.web.organiser.challenges;

import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Perspective;

/** What a municipality hands in, as the organiser types it in on their behalf. */
public record ChallengeDraft(
        String ownerMunicipality,
        String title,
        String description,
        Set<String> themes,
        Set<Perspective> neededPerspectives,
        UUID hostActorId) {}
