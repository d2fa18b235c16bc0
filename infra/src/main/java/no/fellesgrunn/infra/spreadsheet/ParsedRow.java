package no.fellesgrunn.infra.spreadsheet;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.ThemeInterest;
import no.fellesgrunn.domain.registration.RegistrationStatus;

/** One row of an actors file, checked and parsed, before it is compared with what is stored. */
final class ParsedRow {
    int row;
    RowContext context;
    UUID actorId;
    String name;
    Email email;
    String phone;
    String municipality;
    OrganisationDraft organisation;
    String role;
    List<ThemeInterest> themes;
    Set<Perspective> perspectives;
    Set<String> languages;
    String accessibilityNeeds;
    boolean showEmail;
    boolean showPhone;
    boolean showOrganisation;
    Set<UUID> rounds;
    List<UUID> wishes;
    boolean needsAccessible;
    RegistrationStatus status;
}
