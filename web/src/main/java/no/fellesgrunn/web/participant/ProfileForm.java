package no.fellesgrunn.web.participant;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/**
 * My profile as the form edits it.
 *
 * @param organisationId     an existing organisation, or null
 * @param newOrganisation    the name of an organisation not yet known (with its sector), or null
 * @param themes             theme keys, most important first
 * @param listedInDirectory  anyone at the events may invite me to a coffee chat, not only my matches
 */
public record ProfileForm(
        String name,
        String phone,
        UUID organisationId,
        String newOrganisation,
        Sector newSector,
        String roleTitle,
        String homeMunicipality,
        List<String> themes,
        Set<Perspective> perspectives,
        Set<String> languages,
        String accessibilityNeeds,
        boolean showEmail,
        boolean showPhone,
        boolean showOrganisation,
        boolean listedInDirectory,
        int version) {}
