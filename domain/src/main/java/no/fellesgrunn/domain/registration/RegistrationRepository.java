package no.fellesgrunn.domain.registration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: registrations; one per actor and event. */
public interface RegistrationRepository {
    Optional<Registration> findById(UUID id);

    Optional<Registration> findByEventAndActor(UUID eventId, UUID actorId);

    List<Registration> findByEvent(UUID eventId);

    List<Registration> findByActor(UUID actorId);

    /** Inserts (version 0) or updates (optimistic locking); returns it with its new version. */
    Registration save(Registration registration, String editedBy);

    List<Registration> saveAll(Collection<Registration> registrations, String editedBy);
}
