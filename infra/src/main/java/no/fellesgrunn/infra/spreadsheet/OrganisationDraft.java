package no.fellesgrunn.infra.spreadsheet;

import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationNumber;

/**
 * An organisation as the file describes it, merged with the stored one if any. Organisations are
 * shared by everyone, so only an admin may rename or re-sector a stored one through a file.
 */
final class OrganisationDraft {
    int firstRow;
    String name;
    OrganisationNumber number;
    Sector sector;
    String municipality;
    Organisation existing;

    /** @param mayChange whether the importer may change an organisation already stored (an admin) */
    Organisation resolve(boolean mayChange) {
        if (existing == null) {
            return Organisation.create(name, number, sector, municipality);
        }
        if (!mayChange) {
            return existing;
        }
        return existing.withDetails(
                name == null ? existing.name() : name,
                number == null ? existing.number() : number,
                sector == null ? existing.sector() : sector,
                existing.municipalityNumber());
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
