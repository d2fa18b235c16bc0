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

    /** How many of the event's registrations match the filter. */
    int countParticipants(UUID eventId, ParticipantFilter filter);

    /** One page of the event's registrations matching the filter, by name, for a lazy list. */
    List<ParticipantListing> findParticipants(UUID eventId, ParticipantFilter filter, int offset, int limit);
}
