package no.fellesgrunn.domain.event;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: regional events with their rounds, rooms, tables and selected challenges. */
public interface RegionalEventRepository {
    Optional<RegionalEvent> findById(UUID id);

    Optional<RegionalEvent> findByName(String name);

    List<RegionalEvent> findAll();

    /** Inserts (version 0) or updates (optimistic locking); returns it with its new version. */
    RegionalEvent save(RegionalEvent event, String editedBy);

    long count();
}
