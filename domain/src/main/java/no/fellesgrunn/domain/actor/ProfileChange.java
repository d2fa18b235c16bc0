package no.fellesgrunn.domain.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A change to a person's profile made on their behalf (by an organiser for someone who does not use
 * a computer, or by an admin): name, organisation, themes in order of priority, perspectives and
 * what others may see. The address, the login and the rest of the profile stay as they are.
 *
 * @param organisationId the organisation they speak for, or null when they speak as a citizen
 * @param themeKeys      the themes they care about, most important first
 * @param version        the profile's optimistic-locking version as the editor saw it
 */
public record ProfileChange(
        String name,
        UUID organisationId,
        List<String> themeKeys,
        Set<Perspective> perspectives,
        Consent consent,
        int version) {
    public ProfileChange {
        themeKeys = List.copyOf(themeKeys);
        perspectives = Set.copyOf(perspectives);
    }

    /** The profile with this change, checked by the actor's own rules (name, themes once each, ...). */
    Actor applyTo(Actor stored) {
        List<ThemeInterest> themes = new ArrayList<>();
        for (int i = 0; i < themeKeys.size(); i++) {
            themes.add(new ThemeInterest(themeKeys.get(i), i + 1));
        }
        return new Actor(
                stored.id(),
                name,
                stored.email(),
                stored.phone(),
                organisationId,
                stored.roleTitle(),
                stored.homeMunicipality(),
                themes,
                perspectives,
                stored.languages(),
                stored.accessibilityNeeds(),
                consent,
                stored.userAccountId(),
                version);
    }
}
