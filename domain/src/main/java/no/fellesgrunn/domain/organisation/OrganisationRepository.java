package no.fellesgrunn.domain.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: organisations. */
public interface OrganisationRepository {
    Optional<Organisation> findById(UUID id);

    /** The organisations with these ids, in one read; missing ids are left out. */
    List<Organisation> findByIds(Collection<UUID> ids);

    Optional<Organisation> findByNumber(OrganisationNumber number);

    /** Organisations without a number whose name equals this one, ignoring case. */
    List<Organisation> findByName(String name);

    List<Organisation> findAll();

    /** Inserts (version 0) or updates (optimistic locking); returns it with its new version. */
    Organisation save(Organisation organisation, String editedBy);

    /** Saves many at once (import, demo data); same rules as {@link #save}. */
    List<Organisation> saveAll(Collection<Organisation> organisations, String editedBy);
}
