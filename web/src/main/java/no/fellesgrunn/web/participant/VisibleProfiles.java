package no.fellesgrunn.web.participant;

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
        Consent consent = other.consent();
        String organisationName = null;
        no.fellesgrunn.domain.actor.Sector sector = null;
        String municipality = null;
        if (consent.showOrganisation()) {
            Organisation organisation = other.organisationId() == null ? null
                    : organisations.findById(other.organisationId()).orElse(null);
            organisationName = organisation == null ? null : organisation.name();
            sector = Actor.sectorOf(organisation);
            municipality = reference.municipality(other.homeMunicipality()).map(Municipality::name).orElse(null);
        }
        return new VisibleProfile(other.id(), other.name(), organisationName, sector, municipality,
                consent.showEmail() ? other.email().value() : null,
                consent.showPhone() ? other.phone() : null);
    }
}
