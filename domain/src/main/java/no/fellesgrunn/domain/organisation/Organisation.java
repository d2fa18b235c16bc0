package no.fellesgrunn.domain.organisation;

import java.util.UUID;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;

/**
 * A municipality, business, voluntary organisation, social enterprise, research institution,
 * county or state agency that actors belong to.
 *
 * @param number optional organisation number; many small voluntary groups have none
 */
public record Organisation(
        UUID id, String name, OrganisationNumber number, Sector sector, String municipalityNumber, int version) {
    public Organisation {
        Check.notNull(id, "organisation id");
        name = Check.text(name, "organisation name", 200);
        Check.notNull(sector, "sector of organisation '" + name + "'");
        if (sector == Sector.CITIZEN) {
            throw new DomainException(
                    DomainError.ORGANISATION_AS_CITIZEN,
                    "organisation '" + name
                            + "' cannot have sector CITIZEN: a citizen speaks for themselves, without an organisation",
                    name);
        }
        Check.municipalityNumber(municipalityNumber, "municipality of organisation '" + name + "'");
        Check.version(version);
    }

    public static Organisation create(
            String name, OrganisationNumber number, Sector sector, String municipalityNumber) {
        return new Organisation(Ids.newId(), name, number, sector, municipalityNumber, 0);
    }

    public Organisation withVersion(int newVersion) {
        return new Organisation(id, name, number, sector, municipalityNumber, newVersion);
    }

    public Organisation withDetails(
            String newName, OrganisationNumber newNumber, Sector newSector, String newMunicipality) {
        return new Organisation(id, newName, newNumber, newSector, newMunicipality, version);
    }
}
