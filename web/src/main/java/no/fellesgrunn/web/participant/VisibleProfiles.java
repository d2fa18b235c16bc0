package no.fellesgrunn.web.participant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Consent;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import org.springframework.stereotype.Component;

/** Applies another person's consent: the one place that decides what of them a participant sees. */
@Component
public class VisibleProfiles {
    private final OrganisationRepository organisations;
    private final ReferenceDataRepository reference;

    public VisibleProfiles(OrganisationRepository organisations, ReferenceDataRepository reference) {
        this.organisations = organisations;
        this.reference = reference;
    }

    public VisibleProfile of(Actor other) {
        Organisation organisation = !other.consent().showOrganisation() || other.organisationId() == null
                ? null
                : organisations.findById(other.organisationId()).orElse(null);
        return of(other, organisation);
    }

    /** Many people at once, with one read of their organisations; in the order given. */
    public List<VisibleProfile> ofAll(Collection<Actor> others) {
        Set<UUID> ids = others.stream()
                .filter(a -> a.consent().showOrganisation() && a.organisationId() != null)
                .map(Actor::organisationId)
                .collect(Collectors.toSet());
        Map<UUID, Organisation> byId =
                organisations.findByIds(ids).stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        return others.stream()
                .map(a -> of(a, a.organisationId() == null ? null : byId.get(a.organisationId())))
                .toList();
    }

    private VisibleProfile of(Actor other, Organisation organisation) {
        Consent consent = other.consent();
        String organisationName = null;
        no.fellesgrunn.domain.actor.Sector sector = null;
        String municipality = null;
        if (consent.showOrganisation()) {
            organisationName = organisation == null ? null : organisation.name();
            sector = Actor.sectorOf(organisation);
            municipality = reference
                    .municipality(other.homeMunicipality())
                    .map(Municipality::name)
                    .orElse(null);
        }
        return new VisibleProfile(
                other.id(),
                other.name(),
                organisationName,
                sector,
                municipality,
                consent.showEmail() ? other.email().value() : null,
                consent.showPhone() ? other.phone() : null);
    }
}
